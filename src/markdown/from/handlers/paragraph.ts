import type {Heading, Paragraph} from 'mdast'
import type {Node} from 'unist'
import type {Element, Image} from '../../../model/types.js'
import {dropTrailingBreak} from '../../../read/state.js'
import {type Handler, type MarkdownReaderState} from '../state.js'

export const paragraph: Handler<Paragraph> = (state, node) => {
  startParagraph(state)
  return {
    context: 'phrasing',
    exit() {
      // A paragraph of only tags that show nothing gives no block (a browser
      // draws none); one of `<br>` tags is empty lines, even when the last goes.
      const shows = state.pieces.length > 0
      if (endsWithBreakTag(node)) {
        const last = state.pieces.at(-1)
        if (last?.type === 'element' && dropTrailingBreak(last.element)) state.pieces.pop()
      }
      finishParagraph(state, node, shows)
    }
  }
}

/**
 * A paragraph that ends with a `<br>` tag (`dropTrailingBreak`): `a<br>` is
 * "a", `a<br><br>` is "a\n", and a paragraph of only `<br>` tags has one line
 * break fewer than tags.
 */
function endsWithBreakTag(node: Paragraph): boolean {
  const last = node.children.at(-1)
  return last?.type === 'html' && /<br\s*\/?>\s*$/i.test(last.value)
}

/** A heading has no equivalent: its text is kept as a bold paragraph (an empty one shows nothing: no block). */
export const heading: Handler<Heading> = (state, node) => {
  state.report('heading', node, `h${node.depth}`)
  startParagraph(state)
  const popStyle = state.pushStyle({bold: true})
  return {
    context: 'phrasing',
    exit() {
      popStyle()
      finishParagraph(state, node)
    }
  }
}

export function startParagraph(state: MarkdownReaderState): void {
  state.pieces = []
  state.openTags = []
  state.refusedImage = false
}

/** Read phrasing content with `read` (no nested walk), then turn it into blocks. */
export function readParagraph(state: MarkdownReaderState, node: Node, read: () => void): void {
  startParagraph(state)
  read()
  finishParagraph(state, node)
}

/** Append a paragraph block in the current flow context. */
export function emitParagraph(state: MarkdownReaderState, elements: Element[]): void {
  const list = state.takeListStyle()
  state.blocks.push({type: 'paragraph', paragraph: list ? {style: {list}, elements} : {elements}})
}

/**
 * Turn the pieces of a paragraph into blocks: images go to galleries
 * (consecutive ones, with only white space between, share one), text to
 * paragraphs. White space next to an image is where the split happens, and
 * is dropped. Without pieces there is nothing to show, and no block, unless
 * `keepEmpty` (a paragraph of line breaks).
 */
export function finishParagraph(state: MarkdownReaderState, node: Node, keepEmpty = false): void {
  const pieces = state.pieces
  const refused = state.refusedImage === true
  state.pieces = []
  state.openTags = []
  state.refusedImage = false
  if (pieces.length === 0 && !keepEmpty) return
  let segment: Element[] = []
  let gallery: Image[] | undefined
  let afterImage = false
  let emitted = false
  let hasText = false

  const flushSegment = (beforeImage: boolean) => {
    if (afterImage) trimEdge(segment, 'start')
    if (beforeImage) trimEdge(segment, 'end')
    if (segment.length > 0) {
      emitParagraph(state, segment)
      emitted = hasText = true
    }
    segment = []
  }

  for (const piece of pieces) {
    if (piece.type === 'image') {
      if (!gallery) {
        flushSegment(true)
        state.showItemMarker()
        gallery = []
        state.blocks.push({type: 'gallery', gallery: {imageList: gallery}})
        emitted = true
      }
      gallery.push(piece.image)
      afterImage = true
      continue
    }
    if (gallery) {
      if (isBlank(piece.element)) continue
      gallery = undefined
    }
    segment.push(piece.element)
  }

  if (afterImage) trimEdge(segment, 'start')
  // Images refused by the URL policy leave the white space that separated them.
  if (refused && segment.every(isBlank)) segment = []
  if (segment.length > 0 || (!emitted && !refused)) {
    emitParagraph(state, segment)
    if (segment.length > 0) hasText = true
  }

  if (afterImage && (hasText || state.contexts.at(-1)!.type !== 'root')) state.report('image-in-text', node)
}

function isBlank(element: Element): boolean {
  return element.type === 'textRun' && /^[ \t]*$/.test(element.textRun.text)
}

/** Drop white space at both edges of the paragraph being read. */
export function trimPieces(state: MarkdownReaderState): void {
  const elements = state.pieces.flatMap((piece) => (piece.type === 'element' ? [piece.element] : []))
  if (elements.length !== state.pieces.length) return
  trimEdge(elements, 'start')
  trimEdge(elements, 'end')
  state.pieces = elements.map((element) => ({type: 'element', element}))
}

/** Drop spaces and tabs at one edge of a run of elements. */
function trimEdge(elements: Element[], edge: 'start' | 'end'): void {
  while (elements.length > 0) {
    const index = edge === 'start' ? 0 : elements.length - 1
    const element = elements[index]!
    if (element.type !== 'textRun') return
    const text = edge === 'start' ? element.textRun.text.replace(/^[ \t]+/, '') : element.textRun.text.replace(/[ \t]+$/, '')
    if (text !== '') {
      element.textRun.text = text
      return
    }
    elements.splice(index, 1)
  }
}
