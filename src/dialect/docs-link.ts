/**
 * Document links, both formats, both directions. Which link URLs name a
 * Feishu/Lark cloud document decides what a link read from Markdown or HTML
 * becomes (a `docsLink` element, or a link on text); where the URL alone
 * would mislead, the writers say which it is: a link title in Markdown, a
 * `data-docs-link` attribute in HTML (whose standard rendering of our
 * Markdown keeps the title, so the HTML reader honours the title too).
 */
export type DocsLinkOption = boolean | RegExp | ((url: string) => boolean)

/**
 * Documents on Feishu and Lark hosts: `https://<tenant>.feishu.cn/docx/…`,
 * `…larksuite.com/wiki/…`, and the other document kinds (sheets, base,
 * mindnotes, slides, file…).
 */
export const defaultDocsUrl =
  /^https?:\/\/(?:[\w-]+\.)*(?:feishu\.cn|feishu\.net|larksuite\.com|larkoffice\.com|feishu-boe\.cn|larksuite-boe\.com)\/(?:docx|docs|doc|wiki|sheets|sheet|base|bitable|mindnotes|mindnote|slides|file|minutes)\/[^\s]+$/i

/** The test the `docsLinks` option describes (`true`/absent: {@link defaultDocsUrl}). */
export function docsUrlTest(option: DocsLinkOption | undefined): (url: string) => boolean {
  if (option === undefined || option === true) return (url) => defaultDocsUrl.test(url)
  if (option === false) return () => false
  if (option instanceof RegExp) return (url) => option.test(url)
  return option
}

/**
 * Markdown: the link title, which viewers show as a tooltip, says it
 * outright where the URL alone would mislead: `[title](url "docsLink")` is always a docsLink,
 * `[text](url "link")` always a plain link. The plain flavor writes no such
 * title: where the URL alone misleads, it reports the loss (`plain-link`,
 * `plain-docs-link`).
 */
export const docsLinkTitle = 'docsLink'
export const plainLinkTitle = 'link'

/**
 * Whether `[title](url)`, without a title, reads back as this docsLink: its
 * URL is a document's, and its title is not its URL (`[url](url)` is the
 * autolink `<url>`, which reads back without title).
 */
export function readsAsDocsLink(url: string, title: string | undefined, isDocsUrl: (url: string) => boolean): boolean {
  return isDocsUrl(url) && title !== url
}

/**
 * HTML: `<a data-docs-link="">title</a>` is a docsLink with a title,
 * `"untitled"` one without (the text shows its URL), `"false"` a link to a
 * document URL that is no docsLink.
 */
export const docsLinkAttribute = 'data-docs-link'
export const docsLinkMarkers = {titled: '', untitled: 'untitled', link: 'false'} as const

/**
 * What an `<a>` says it is: its `data-docs-link`, else its title in the
 * Markdown dialect's terms; `undefined`: its URL decides.
 */
export function docsLinkMarker(attribute: string | undefined, title: string | undefined): string | undefined {
  return attribute ?? (title === docsLinkTitle ? docsLinkMarkers.titled : title === plainLinkTitle ? docsLinkMarkers.link : undefined)
}
