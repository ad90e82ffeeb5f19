/**
 * Line breaks and empty paragraphs. A "\n" in a text run is a hard break:
 * `\` at the end of a line, or `<br>` at the start or end of a paragraph,
 * where a backslash break does not exist. A line of only `<br>` tags is a
 * paragraph of empty lines: one `<br>` is an empty paragraph, each more adds
 * a "\n".
 */
export const breakTag = '<br>'

const onlyBreaks = /^(?:\s*<br\s*\/?>)+\s*$/i

/** How many `<br>` tags a line of only breaks holds; 0 if it holds anything else. */
export function countBreaks(html: string): number {
  if (!onlyBreaks.test(html)) return 0
  return html.match(/<br/gi)!.length
}
