/**
 * Line breaks and empty paragraphs. A "\n" in a text run is a hard break:
 * `\` at the end of a line, or `<br>` at the start or end of a paragraph,
 * where a backslash break does not exist. A `<br>` that ends a paragraph shows
 * nothing, so a paragraph of only `<br>` tags, `<p><br></p>`, is an empty
 * paragraph, and each further `<br>` adds a "\n". The writer wraps it in
 * `<p>` so that HTML renderers show a paragraph too; a bare line of `<br>`
 * tags reads the same.
 */
export const breakTag = '<br>'

export function emptyLines(breaks: number): string {
  return `<p>${breakTag.repeat(breaks + 1)}</p>`
}

const onlyBreaks = /^\s*(?:<p>)?(?:\s*<br\s*\/?>)+\s*(?:<\/p>)?\s*$/i

/** How many `<br>` tags a line of only breaks holds; 0 if it holds anything else. */
export function countBreaks(html: string): number {
  if (!onlyBreaks.test(html)) return 0
  return html.match(/<br/gi)!.length
}
