/**
 * Document links. A Markdown link to a Feishu/Lark document URL is a
 * `docsLink` (the `docsLinks` option decides which URLs). The link title,
 * which viewers show as a tooltip, says it outright where the URL alone would
 * mislead: `[title](url "docsLink")` is always a docsLink,
 * `[text](url "link")` always a plain link.
 */
export const docsLinkTitle = 'docsLink'
export const plainLinkTitle = 'link'
