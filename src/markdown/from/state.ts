import type {Link, Nodes} from 'mdast'
import type {Node} from 'unist'
import type {Report, VFile} from '../../messages.js'
import type {Element, Image, List, TextStyle} from '../../model/types.js'
import {appendText, ReaderState} from '../../read/state.js'
import {type MentionDirectory, mentionAt, splitMentions, startsMention} from '../../dialect/mention-names.js'
import type {Visit as ReadVisit} from '../../read/walk.js'

/** Where blocks land: the document, a list item, or an indent container (block quote). */
type FlowContext =
  | {type: 'root'}
  | {type: 'item'; list: List; used: boolean; level: number}
  | {type: 'indent'; level: number}

/** One piece of a paragraph being read: an inline element or an image. */
type Piece = {type: 'element'; element: Element} | {type: 'image'; image: Image; node: Node}

/** An inline HTML tag, open until the matching end tag. */
export interface OpenTag {
  name: string
  /** What the tag does to the style of its text (`undefined`: nothing). */
  apply?: ((style: TextStyle) => TextStyle) | undefined
  /** How many nesting styles (`MarkdownReaderState.nesting`) were open when the tag opened. */
  depth: number
  /** For `<at>`: where the mention's label starts, to drop it at `</at>`. */
  labelStart?: number
  /**
   * The style of text right inside the tag, as last computed (`currentStyle`),
   * with how many nesting styles it took in and the stamp of the last of them:
   * it holds while those are still open.
   */
  after?: {style: TextStyle; applied: number; stamp: number} | undefined
}

type DefinitionLookup = (identifier: string) => {url: string; title?: string | null | undefined} | undefined

/** A list being read: its items' kind and numbering. */
interface ListInfo {
  ordered: boolean
  start: number
  index: number
}

/** How children are read: as blocks (`flow`) or as the text of a paragraph (`phrasing`). */
export type Mode = 'flow' | 'phrasing'

/**
 * What a handler asks of the walker: read these children (default: the
 * node's own) as flow or phrasing (default: as the node was read), then call
 * `exit`.
 */
export type Visit = ReadVisit<Mode, Nodes>

export type Handler<T extends Nodes = Nodes> = (state: MarkdownReaderState, node: T) => Visit | undefined | void

/** The Markdown reader's state: flow contexts and lists, the paragraph being read and its styles. */
export class MarkdownReaderState extends ReaderState {
  /** The caller's file, for what is not content (front matter: `file.data.frontMatter`). */
  readonly file: VFile | undefined
  definition: DefinitionLookup
  /** The flow contexts we are in, innermost last. */
  readonly contexts: FlowContext[] = [{type: 'root'}]
  /** The lists we are in, innermost last. */
  readonly lists: ListInfo[] = []
  /** Cells read so far in the current table row. */
  cells = 0
  /** The next number of the last top-level ordered list, for a part that continues it. */
  lastOrdered: number | undefined
  /** Set while reading a part that starts inside that list. */
  continueList = false
  /** The paragraph being read. */
  pieces: Piece[] = []
  /** Style from mdast nesting (strong, delete, link): all of `nesting` applied. */
  style: TextStyle = {}
  /** What each mdast construct we are in adds to the style, outermost first. */
  readonly nesting: TextStyle[] = []
  /** A stamp for each entry of `nesting`, new at each push: the same stamp at an index means the same entries up to it. */
  private readonly nestingStamps: number[] = []
  private lastStamp = 0
  /** Styles from inline HTML tags of the current paragraph. */
  openTags: OpenTag[] = []
  /**
   * The current paragraph had an image refused by the URL policy: it shows
   * nothing, and neither does white space that only separated it from others.
   */
  refusedImage = false

  constructor(report: Report, isDocsUrl: (url: string) => boolean, definition: DefinitionLookup, file: VFile | undefined) {
    super(report, isDocsUrl)
    this.definition = definition
    this.file = file
  }

  /** The list style a block gets in the current context (and mark the item used). */
  takeListStyle(): List | undefined {
    const context = this.contexts.at(-1)!
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
  showItemMarker(): void {
    const context = this.contexts.at(-1)!
    if (context.type !== 'item' || context.used) return
    context.used = true
    this.blocks.push({type: 'paragraph', paragraph: {style: {list: context.list}, elements: []}})
  }

  /** The level of the next container: one deeper than the current flow, clamped. */
  nextLevel(node: Node): number {
    const context = this.contexts.at(-1)!
    return this.clampLevel(context.type === 'root' ? 1 : context.level + 1, node)
  }

  /**
   * The style of text at this point: mdast nesting and inline HTML tags, each
   * applied in the order they opened, as in the HTML a browser would see
   * (`<span style="font-weight: normal">**x**</span>` is bold, the other
   * way round it is not).
   */
  currentStyle(): TextStyle {
    const {nesting, openTags} = this
    if (openTags.length === 0) return this.style
    // From the innermost tag whose style still holds: with many tags open,
    // recomputing from the outermost for every text was quadratic.
    let valid = openTags.length - 1
    while (valid >= 0 && !this.holds(openTags[valid]!)) valid--
    let style: TextStyle = valid >= 0 ? openTags[valid]!.after!.style : {}
    let applied = valid >= 0 ? openTags[valid]!.after!.applied : 0
    for (let index = valid + 1; index < openTags.length; index++) {
      const tag = openTags[index]!
      const depth = Math.min(tag.depth, nesting.length)
      for (; applied < depth; applied++) style = {...style, ...nesting[applied]}
      if (tag.apply) style = tag.apply(style)
      tag.after = {style, applied, stamp: applied > 0 ? this.nestingStamps[applied - 1]! : 0}
    }
    for (; applied < nesting.length; applied++) style = {...style, ...nesting[applied]}
    return style
  }

  /** Whether the style computed inside `tag` still holds: the nesting styles it took in are still open. */
  private holds(tag: OpenTag): boolean {
    const after = tag.after
    if (!after || Math.min(tag.depth, this.nesting.length) !== after.applied) return false
    return after.applied === 0 || this.nestingStamps[after.applied - 1] === after.stamp
  }

  /** Add `patch` to the nesting style; the returned function takes it away. */
  pushStyle(patch: TextStyle): () => void {
    const previous = this.style
    this.style = {...previous, ...patch}
    this.nesting.push(patch)
    this.nestingStamps.push(++this.lastStamp)
    return () => {
      this.style = previous
      this.nesting.pop()
      this.nestingStamps.pop()
    }
  }

  /** The names `@` mentions (`people`), when given. */
  mentions: MentionDirectory | undefined

  /** Append text, its `@name`s known to `mentions` as mentions, reporting the attempts that are not ({@link splitMentions}). */
  addTextWithMentions(text: string, node: Node): void {
    const pieces = splitMentions(text, this.mentions!, (problem) => {
      const detail = problem.openIds ? `${problem.text}: ${problem.openIds.join(', ')}` : problem.text
      this.report(problem.kind === 'unknown' ? 'mention-unknown' : 'mention-ambiguous', node, detail)
    })
    if (!pieces) return this.addText(text)
    for (const piece of pieces) {
      if (piece.type === 'text') this.addText(piece.value)
      else this.pieces.push({type: 'element', element: {type: 'person', person: {openId: piece.openId}}})
    }
  }

  /**
   * `@li.lei@example.com`: GFM links the address, so the `@` ends the text
   * before the link. When the directory knows the address, the `@` and the
   * link are its mention; else the attempt is reported and the link stays.
   */
  mentionByEmail(link: Link): boolean {
    const address = link.url.startsWith('mailto:') ? link.url.slice('mailto:'.length) : undefined
    const label = link.children.length === 1 && link.children[0]!.type === 'text' ? link.children[0].value : undefined
    const last = this.pieces.at(-1)
    if (address === undefined || label !== address || last?.type !== 'element' || last.element.type !== 'textRun') return false
    const before = last.element.textRun.text
    if (!before.endsWith('@')) return false
    const found = mentionAt(`${before}${address}`, before.length - 1, this.mentions!)
    if (found === undefined || found.end !== before.length + address.length) {
      if (startsMention(before, before.length - 1)) this.report('mention-unknown', link, `@${address}`)
      return false
    }
    if (before.length === 1) this.pieces.pop()
    else last.element = {...last.element, textRun: {...last.element.textRun, text: before.slice(0, -1)}}
    this.pieces.push({type: 'element', element: {type: 'person', person: {openId: found.openId}}})
    return true
  }

  /** Append text with the current style, merging with the previous run when equal. */
  addText(text: string): void {
    if (text === '') return
    const last = this.pieces.at(-1)
    const run = appendText(last?.type === 'element' ? last.element : undefined, text, this.currentStyle())
    if (run) this.pieces.push({type: 'element', element: run})
  }
}
