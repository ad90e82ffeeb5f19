/**
 * `okr-content/html`: the render-only entry. Content → HTML and what goes
 * with it (the class-mode stylesheet, the URL policy, the option types),
 * without any parser (remark, micromark, parse5, hast-util-from-html) or hast
 * serializer: a browser bundle of a few KB (test/html/render-entry.test.ts
 * holds it to 6 KB min+gzip). Reading HTML or Markdown: the main entry.
 * Its `contentToHtml` does not carry the validator: on a malformed tree it
 * throws a `TypeError` saying so (the main entry's names the path and rule).
 */
export {renderHtml as contentToHtml} from './to/write.js'
export {stylesheet, defaultCss} from './to/stylesheet.js'
export {isSafeUrl} from '../dialect/url.js'
export type {UrlUse} from '../dialect/url.js'
export type {ContentToHtmlOptions} from './options.js'
export type {DocsLinkOption} from '../dialect/docs-link.js'
export type {People, PersonDisplay, PersonOptions, ResolvePerson} from '../dialect/mention.js'
export type {MessageOptions, RuleId} from '../messages.js'
export type * from '../model/types.js'
