import {normalizeUri} from 'micromark-util-sanitize-uri'
import {normalizeContent} from '../../src/model/normalize.js'
import type {Content, Element, TextStyle} from '../../src/model/types.js'
import {isSafeUrl} from '../../src/dialect/url.js'

/**
 * What a reader of rendered HTML sees of a tree: white space collapsed (a
 * browser shows a run of spaces and tabs as one, none at the edges of a line),
 * URLs as a Markdown renderer writes them (percent-encoded), and nothing the
 * URL policy drops. Two trees a reader cannot tell apart project the same.
 */
export function visible(content: Content): unknown {
  const blocks = normalizeContent(content).blocks.map((block) => {
    if (block.type === 'gallery') {
      return block.gallery.imageList
        .map((image) => ({...image, src: image.src ? rendered(image.src, 'image') : undefined}))
        .filter((image) => image.fileToken || image.src)
    }
    return {list: block.paragraph.style?.list, text: line(block.paragraph.elements)}
  })
  // A paragraph of only white space shows nothing in a browser (`<p> </p>`
  // has no height), unless a list marker stands before it.
  return blocks.filter((block) =>
    Array.isArray(block) ? block.length > 0 : (block.list && block.list.type !== 'indent') || block.text.length > 0
  )
}

function line(elements: Element[]): string[] {
  const tokens: string[] = []
  const space = () => {
    const last = tokens.at(-1)
    if (last !== undefined && last !== ' ' && last !== '\n') tokens.push(' ')
  }
  for (const element of elements) {
    if (element.type === 'person') tokens.push(`@${element.person.openId}/${element.person.userId ?? ''}`)
    else if (element.type === 'docsLink') {
      // A title shows as text (a document link outside the URL policy: only as text).
      const {url, title} = element.docsLink
      const href = rendered(url, 'link')
      const key = href === undefined ? '' : `docs:${href}`
      if (!title) {
        if (key) tokens.push(key)
        continue
      }
      for (const character of title) {
        if (character === ' ' || character === '\t' || character === '\f') space()
        else tokens.push(character + key)
      }
    } else {
      const key = styleKey(element.textRun.style)
      for (const character of element.textRun.text) {
        if (character === ' ' || character === '\t' || character === '\f') space()
        else if (character === '\n') {
          if (tokens.at(-1) === ' ') tokens.pop()
          tokens.push('\n')
        } else tokens.push(character + key)
      }
    }
  }
  if (tokens.at(-1) === ' ') tokens.pop()
  // …and a line break at the end of a paragraph draws no line.
  if (tokens.at(-1) === '\n') tokens.pop()
  return tokens
}

/** A URL as the page has it (percent-encoded by the renderer), if the policy keeps it. */
function rendered(url: string, use: 'link' | 'image'): string | undefined {
  const encoded = normalizeUri(url)
  return isSafeUrl(encoded, use) ? encoded : undefined
}

function styleKey(style: TextStyle | undefined): string {
  if (!style) return ''
  const link = style.link ? rendered(style.link.url, 'link') ?? '' : ''
  const key = [style.bold ?? false, style.strikeThrough ?? false, style.textColor ?? null, style.backColor ?? null, link]
  return key.some(Boolean) ? JSON.stringify(key) : ''
}

/** Whether every URL of a tree is inside the URL policy (both readers keep it). */
export function allUrlsSafe(content: Content): boolean {
  return content.blocks.every((block) =>
    block.type === 'gallery'
      ? block.gallery.imageList.every((image) => !image.src || isSafeUrl(image.src, 'image'))
      : block.paragraph.elements.every((element) =>
          element.type === 'docsLink'
            ? isSafeUrl(element.docsLink.url, 'link')
            : element.type !== 'textRun' || !element.textRun.style?.link || isSafeUrl(element.textRun.style.link.url, 'link')
        )
  )
}

/**
 * Where the rendered page and the Markdown's tree differ beyond `visible`,
 * because the HTML reader follows the browser and the Markdown reader must
 * round-trip: a paragraph that ends with a line break and then only white
 * space (a browser draws no line for that break), and a document title of
 * only white space (a browser shows a link without text).
 */
export function hasInvisibleEdge(content: Content): boolean {
  return normalizeContent(content).blocks.some((block) => {
    if (block.type !== 'paragraph') return false
    if (block.paragraph.elements.some((element) => element.type === 'docsLink' && element.docsLink.title && !element.docsLink.title.trim())) return true
    const text = block.paragraph.elements.map((element) => (element.type === 'textRun' ? element.textRun.text : '\u0000')).join('')
    return /\n[ \t\f\r\n]*[ \t\f][ \t\f\r\n]*$/.test(text)
  })
}
