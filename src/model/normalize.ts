import {markRows} from './format.js'
import {sameStyle} from './style.js'
import type {Block, Color, Content, Element, Image, Link, List, Paragraph, TextStyle} from './types.js'

/**
 * The canonical form of a tree: the value the round-trip laws compare.
 * Two trees that render the same normalize to the same value; two trees that
 * render differently never do. It returns a new tree and never mutates its
 * input. What it does (README § normalizeContent):
 *
 * - keeps only the documented fields, in a stable key order;
 * - drops `false` flags, empty styles and empty `textRun`s, then merges
 *   adjacent `textRun`s whose styles are equal; a line break ("\n") shows no
 *   style, so it is kept unstyled;
 * - fills a missing color `alpha` with `1` (CSS's default: opaque);
 * - keeps `number` on `number` items only (the other kinds do not show it) and
 *   fills a missing one with the ordinal the item shows: one more than the
 *   previous `number` item of the same level in the same list, else 1;
 * - drops empty `title`, `userId`, `src` and `fileToken` strings, and
 *   galleries without images (they show nothing);
 * - replaces U+0000 and lone surrogates by U+FFFD, as every Markdown and HTML
 *   parser does (no text format can carry them), turns CR LF and CR into LF
 *   (line endings, in both formats), and line endings in a document title
 *   into spaces (a title is one line).
 */
export function normalizeContent(content: Content): Content {
  const counters: number[] = []
  const blocks: Block[] = []
  for (const block of content.blocks) {
    if (block.type === 'gallery') {
      counters.length = 0
      const imageList = block.gallery.imageList.map(normalizeImage)
      if (imageList.length > 0) blocks.push({type: 'gallery', gallery: {imageList}})
    } else {
      blocks.push({type: 'paragraph', paragraph: normalizeParagraph(block.paragraph, counters)})
    }
  }
  return {blocks}
}

function normalizeParagraph(paragraph: Paragraph, counters: number[]): Paragraph {
  const list = paragraph.style?.list
  const elements = normalizeElements(paragraph.elements)
  if (!list) {
    counters.length = 0
    return {elements}
  }
  return {style: {list: normalizeList(list, counters)}, elements}
}

/** `counters[level]` is the number shown by the last `number` item of that level. */
function normalizeList(list: List, counters: number[]): List {
  const level = list.indentLevel
  counters.length = Math.min(counters.length, level + 1)
  if (list.type !== 'number') {
    counters.length = level
    return {type: list.type, indentLevel: level}
  }
  const number = list.number ?? (counters[level] ?? 0) + 1
  counters[level] = number
  return {type: 'number', indentLevel: level, number}
}

function normalizeElements(elements: Element[]): Element[] {
  const result: Element[] = []
  let previousStyle: TextStyle | undefined | null = null
  for (const element of elements) {
    if (element.type === 'textRun') {
      const text = lineEndings(wellFormed(element.textRun.text))
      const style = normalizeTextStyle(element.textRun.style)
      // A line break shows no style: it is kept as a run of its own, unstyled.
      for (const part of style && text.includes('\n') ? text.split(/(\n+)/) : [text]) {
        if (part === '') continue
        const partStyle = part.startsWith('\n') ? undefined : style
        const previous = result.at(-1)
        if (previous?.type === 'textRun' && previousStyle !== null && sameStyle(previousStyle, partStyle ?? {})) {
          previous.textRun.text += part
          continue
        }
        result.push({type: 'textRun', textRun: partStyle ? {text: part, style: partStyle} : {text: part}})
        previousStyle = partStyle
      }
    } else {
      previousStyle = null
      if (element.type === 'docsLink') {
        const {url, title} = element.docsLink
        result.push({type: 'docsLink', docsLink: title ? {url: wellFormed(url), title: singleLine(wellFormed(title))} : {url: wellFormed(url)}})
      } else {
        const {openId, userId} = element.person
        result.push({type: 'person', person: userId ? {openId, userId} : {openId}})
      }
    }
  }
  return result
}

/** Normalized style, or `undefined` when it shows nothing: each mark of the format table normalized by its kind. */
function normalizeTextStyle(style: TextStyle | undefined): TextStyle | undefined {
  if (!style) return undefined
  let result: Record<string, unknown> | undefined
  for (const row of markRows) {
    const value = style[row.name]
    if (!value) continue
    result ??= {}
    result[row.name] = row.value === 'flag' ? true : row.value === 'color' ? normalizeColor(value as Color) : {url: wellFormed((value as Link).url)}
  }
  return result as TextStyle | undefined
}

function normalizeColor(color: Color): Color {
  return {red: color.red, green: color.green, blue: color.blue, alpha: color.alpha ?? 1}
}

function normalizeImage(image: Image): Image {
  const result: Image = {}
  if (image.fileToken) result.fileToken = image.fileToken
  if (image.src) result.src = wellFormed(image.src)
  if (image.width !== undefined) result.width = image.width
  if (image.height !== undefined) result.height = image.height
  return result
}

/** CR LF and CR are line endings like LF, in Markdown and HTML alike. */
function lineEndings(value: string): string {
  return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value
}

/** A document title is one line: its line endings show as spaces. */
function singleLine(value: string): string {
  return value.replace(/\r\n?|\n/g, ' ')
}

/** U+0000 and lone surrogates become U+FFFD, as Markdown and HTML parsers do. */
export function wellFormed(value: string): string {
  return value.toWellFormed().replaceAll('\0', '\uFFFD')
}
