import type {Content} from './types.js'

/**
 * The first line of text a tree shows, for a page title: the first paragraph
 * with text (runs and document titles; mentions are left out), up to its
 * first line break, white space collapsed, cut at `maxLength` characters
 * with `…`. `''` when the tree shows no text.
 */
export function firstLine(content: Content, maxLength = 80): string {
  for (const block of content.blocks) {
    if (block.type !== 'paragraph') continue
    let text = ''
    for (const element of block.paragraph.elements) {
      if (element.type === 'textRun') text += element.textRun.text
      else if (element.type === 'docsLink') text += element.docsLink.title || element.docsLink.url
      if (text.includes('\n')) break
    }
    const line = text.split(/\r\n?|\n/, 1)[0]!.replace(/\s+/g, ' ').trim()
    if (line === '') continue
    const characters = [...line]
    return characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join('').trimEnd()}…` : line
  }
  return ''
}
