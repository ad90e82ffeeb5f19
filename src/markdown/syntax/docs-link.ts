/**
 * Document links. A Markdown link to a Feishu/Lark document URL is a
 * `docsLink` (the `docsLinks` option decides which URLs). The link title,
 * which viewers show as a tooltip, says it outright where the URL alone would
 * mislead: `[title](url "docsLink")` is always a docsLink,
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
