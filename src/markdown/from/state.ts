import type {Nodes} from 'mdast'
import type {Node} from 'unist'
import type {Report, VFile} from '../../messages.js'
import type {Block, Element, Image, List, TextStyle} from '../../model/types.js'
import {hasStyle, sameStyle} from '../../model/style.js'
import {maxIndentLevel} from '../../model/validate.js'

/** Where blocks land: the document, a list item, or an indent container (block quote). */
export type FlowContext =
  | {type: 'root'}
  | {type: 'item'; list: List; used: boolean; level: number}
  | {type: 'indent'; level: number}

/** One piece of a paragraph being read: an inline element or an image. */
export type Piece = {type: 'element'; element: Element} | {type: 'image'; image: Image; node: Node}

/** An inline HTML tag, open until the matching end tag. */
export interface OpenTag {
  name: string
  /** What the tag does to the style of its text (`undefined`: nothing). */
  apply?: ((style: TextStyle) => TextStyle) | undefined
  /** How many nesting styles (`State.nesting`) were open when the tag opened. */
  depth: number
  /** For `<at>`: where the mention's label starts, to drop it at `</at>`. */
  labelStart?: number
}

export type DefinitionLookup = (identifier: string) => {url: string; title?: string | null | undefined} | undefined

/** A list being read: its items' kind and numbering. */
export interface ListInfo {
  ordered: boolean
  start: number
  index: number
}

export interface State {
  blocks: Block[]
  report: Report
  /** The caller's file, for what is not content (front matter: `file.data.frontMatter`). */
  file: VFile | undefined
  isDocsUrl: (url: string) => boolean
  definition: DefinitionLookup
  /** The flow contexts we are in, innermost last. */
  contexts: FlowContext[]
  /** The lists we are in, innermost last. */
  lists: ListInfo[]
  /** Cells read so far in the current table row. */
  cells: number
  /** The next number of the last top-level ordered list, for a part that continues it. */
  lastOrdered: number | undefined
  /** Set while reading a part that starts inside that list. */
  continueList: boolean
  /** The paragraph being read. */
  pieces: Piece[]
  /** Style from mdast nesting (strong, delete, link): all of `nesting` applied. */
  style: TextStyle
  /** What each mdast construct we are in adds to the style, outermost first. */
  nesting: TextStyle[]
  /** Styles from inline HTML tags of the current paragraph. */
  openTags: OpenTag[]
  /**
   * The current paragraph had an image refused by the URL policy: it shows
   * nothing, and neither does white space that only separated it from others.
   */
  refusedImage?: boolean
}

/**
 * What a handler asks of the walker: read these children next (as phrasing
 * or flow content), then call `exit`. The walker keeps its own stack, so no
 * depth of nesting can overflow the call stack.
 */
export interface Visit {
  children: readonly Nodes[]
  phrasing?: boolean
  exit?: () => void
}

export type Handler<T extends Nodes = Nodes> = (state: State, node: T) => Visit | undefined | void


/** The list style a block gets in the current context (and mark the item used). */
export function takeListStyle(state: State): List | undefined {
  const context = state.contexts.at(-1)!
  if (context.type === 'root') return undefined
  if (context.type === 'indent') return {type: 'indent', indentLevel: context.level}
  if (!context.used) {
    context.used = true
    return context.list
  }
  return {type: 'indent', indentLevel: context.level}
}

/**
 * Before a block that cannot carry the list style (a nested list or quote, a
 * gallery): an item that has shown nothing yet still shows its marker, so it
 * is an empty paragraph with the item's style, as the HTML reader reads
 * `<li><ul>…`.
 */
export function showItemMarker(state: State): void {
  const context = state.contexts.at(-1)!
  if (context.type !== 'item' || context.used) return
  context.used = true
  state.blocks.push({type: 'paragraph', paragraph: {style: {list: context.list}, elements: []}})
}

/** The level of the next container: one deeper than the current flow, clamped. */
export function nextLevel(state: State, node: Node): number {
  const context = state.contexts.at(-1)!
  const level = context.type === 'root' ? 1 : context.level + 1
  if (level > maxIndentLevel) {
    state.report('list-depth', node)
    return maxIndentLevel
  }
  return level
}

/**
 * The style of text at this point: mdast nesting and inline HTML tags, each
 * applied in the order they opened, as in the HTML a browser would see
 * (`<span style="font-weight: normal">**x**</span>` is bold, the other
 * way round it is not).
 */
export function currentStyle(state: State): TextStyle {
  if (state.openTags.length === 0) return state.style
  const {nesting} = state
  let style: TextStyle = {}
  let applied = 0
  for (const tag of state.openTags) {
    const depth = Math.min(tag.depth, nesting.length)
    for (; applied < depth; applied++) style = {...style, ...nesting[applied]}
    if (tag.apply) style = tag.apply(style)
  }
  for (; applied < nesting.length; applied++) style = {...style, ...nesting[applied]}
  return style
}

/** Add `patch` to the nesting style; the returned function takes it away. */
export function pushStyle(state: State, patch: TextStyle): () => void {
  const previous = state.style
  state.style = {...previous, ...patch}
  state.nesting.push(patch)
  return () => {
    state.style = previous
    state.nesting.pop()
  }
}

/** Append text with the current style, merging with the previous run when equal. */
export function addText(state: State, text: string): void {
  if (text === '') return
  const style = currentStyle(state)
  const last = state.pieces.at(-1)
  if (last?.type === 'element' && last.element.type === 'textRun' && sameStyle(last.element.textRun.style, style)) {
    last.element.textRun.text += text
    return
  }
  const run = hasStyle(style) ? {text, style: {...style}} : {text}
  state.pieces.push({type: 'element', element: {type: 'textRun', textRun: run}})
}
