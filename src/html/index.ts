/**
 * HTML ⇄ `content_block`.
 *
 * ## `contentToHtml(content, options?)` / `contentToHast(content, options?)`
 *
 * | option          | type                                  | default     | what it does |
 * | --------------- | ------------------------------------- | ----------- | ------------ |
 * | `styles`        | `'inline' \| 'classes'`               | `'inline'`  | `'inline'`: presentation in `style` attributes (works in e-mail); `'classes'`: class names (see {@link stylesheet}) for your own CSS. Colors are data, so they stay inline in both modes. |
 * | `classPrefix`   | `string`                              | `'okr-'`    | prefix of the class names written in class mode (`okr-text`, `okr-indent`, `okr-gallery`, `okr-mention`). |
 * | `document`      | `boolean \| {title?, lang?}`          | `false`     | write a standalone document (`<!doctype html>`, `<meta charset>`, `<title>`, and in class mode a `<style>` with {@link stylesheet}). |
 * | `linkTarget`    | `string`                              | none        | `target` of every link (`'_blank'`…). |
 * | `linkRel`       | `string`                              | see text    | `rel` of every link. Default: `'noopener noreferrer'` when `linkTarget` is set (and not `_self`), else none. `''` writes none. |
 * | `resolvePerson` | `(openId, person) => {name, href?}`   | none        | how a mention shows; without it a mention shows `@openId`. `href` makes the mention a link (URL policy applies). |
 * | `docsLinks`     | `boolean \| RegExp \| (url) => boolean` | `true`    | the docs-URL test of the reader you will read the HTML back with: a `textRun` link whose URL passes it is marked `data-docs-link="false"` so that it stays a link. |
 * | `onMessage`     | `(message: VFileMessage) => void`     | none        | receives each loss (rule `url`: a URL outside the policy was dropped). |
 * | `file`          | `VFile`                               | none        | collects the same messages in `file.messages`. |
 *
 * ## `htmlToContent(html, options?)`
 *
 * | option        | type                                    | default  | what it does |
 * | ------------- | --------------------------------------- | -------- | ------------ |
 * | `docsLinks`   | `boolean \| RegExp \| (url) => boolean` | `true`   | which unmarked `<a href>` become `docsLink` elements (`true`: Feishu/Lark document URLs). |
 * | `classPrefix` | `string`                                | `'okr-'` | the prefix used when the HTML was written in class mode: `<prefix>text` means `white-space: pre-wrap`. |
 * | `onMessage`   | `(message: VFileMessage) => void`       | none     | receives each loss, with the rule ids of the Markdown side (`heading`, `emphasis`, `table`…) and `place` = the position in the HTML. |
 * | `file`        | `VFile`                                 | none     | collects the same messages in `file.messages`. |
 *
 * ## URL policy (README § Security)
 * Every `href` and `src` goes through `isSafeUrl` in both directions: links
 * may be `http:`, `https:`, `mailto:` or relative; images `http:`, `https:`,
 * relative, or `data:` URLs of raster images (`image/png|jpeg|gif|webp|avif|bmp`,
 * never SVG). A URL outside the policy is dropped and reported (rule `url`):
 * the link text stays as plain text, an image keeps its `fileToken` or is
 * dropped. Text and attributes are escaped as `hast-util-to-html` does; raw HTML
 * never passes through (there is no raw node in the output, and the input's
 * tags are read, never copied).
 */
export type {ContentToHtmlOptions, HtmlToContentOptions} from './options.js'
export {contentToHtml} from './to/write.js'
export {contentToHast} from './to/hast.js'
export {stylesheet, defaultCss} from './to/stylesheet.js'
export {htmlToContent, hastToContent} from './from/index.js'
