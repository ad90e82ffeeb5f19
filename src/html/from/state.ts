import type {Element as HastElement} from 'hast'
import type {Node} from 'unist'
import type {Block, Element, Image, List, ListType, Paragraph, TextStyle} from '../../model/types.js'
import type {Report} from '../../messages.js'
import {appendText, dropTrailingBreak, ReaderState} from '../../read/state.js'

/** A list (`<ul>`/`<ol>`) whose items are being read: it numbers them. */
export interface ListCounter {
  ordered: boolean
  /** The number the next item shows. */
  next: number
}

/** What an element passes down to its children. Never mutated: handlers copy it. */
export interface Context {
  /** The text style of the text here (marks of the ancestors and their CSS). */
  style: TextStyle
  /** Whitespace is kept (`<pre>`, CSS `white-space: pre…`). */
  pre: boolean
  /** Nesting depth: each `<li>` and `<blockquote>` adds one. */
  depth: number
  /** The list whose direct children these are. */
  list: ListCounter | undefined
  /** Inside a table cell: block elements do not break the row's paragraph. */
  flat: boolean
  /** The row (`<tr>`) whose cells these are. */
  row: {cells: number} | undefined
  /** Inside `<pre>`: each line is a paragraph, `<code>` is not reported. */
  code: boolean
  /** Inside a link (no nested links, no docs links in links). */
  linked: boolean
}

export const rootContext: Context = {
  style: {},
  pre: false,
  depth: 0,
  list: undefined,
  flat: false,
  row: undefined,
  code: false,
  linked: false
}

/** A list item whose first paragraph has not been read yet. */
interface PendingItem {
  type: Exclude<ListType, 'indent'>
  level: number
  number: number | undefined
  node: HastElement
}


const collapsible = /[ \t\n\r\f]+/

/**
 * The blocks read so far and the paragraph being read, with the whitespace
 * rules of CSS's normal flow (runs of whitespace show as one space, none at
 * the start or end of a line) and `<br>` handling (a trailing `<br>` shows
 * nothing).
 */
export class HtmlReaderState extends ReaderState {
  readonly classPrefix: string
  /** The class of class mode that keeps whitespace: `<prefix>text`. */
  readonly textClass: string
  /** The paragraph being read. */
  paragraph: Paragraph | undefined
  /** Images read since the last paragraph: one gallery. */
  gallery: Image[] | undefined
  /** The list item the next paragraph belongs to. */
  pendingItem: PendingItem | undefined
  /** The style of a collapsed space waiting for the next content, or `undefined`. */
  pendingSpace: TextStyle | undefined
  /** At the start of a line: collapsible whitespace shows nothing. */
  lineStart = true
  /** The paragraph ends with a `<br>` (which shows nothing there). */
  trailingBreak = false
  /** The next text starts a new run (a docs link collects its own runs). */
  noMerge = false
  /** In a table cell: the line breaks (`<br>`s, a block boundary) waiting to show before what comes next in the cell. */
  private cellBreaks = 0
  /** The last of them is a `<br>`: a block boundary right after it shows no other (the `<br>` ended the block's line). */
  private cellBreakIsBr = false
  /** The style of the first: where it is, as a `<br>` there would have it. */
  private cellBreakStyle: TextStyle = {}
  /** In a table cell: nothing of the cell is shown yet (a boundary there shows nothing). */
  private cellEmpty = true
  /** Rules reported per element (one message per element and rule). */
  private readonly reportedNodes = new WeakMap<object, Set<string>>()

  constructor(report: Report, isDocsUrl: (url: string) => boolean, classPrefix: string) {
    super(report, isDocsUrl)
    this.classPrefix = classPrefix
    this.textClass = classPrefix + 'text'
  }

  /** Report a loss at `node`, once per node and rule. */
  reportOnce(ruleId: Parameters<Report>[0], node: Node, detail?: string): void {
    let rules = this.reportedNodes.get(node)
    if (!rules) this.reportedNodes.set(node, (rules = new Set()))
    if (rules.has(ruleId)) return
    rules.add(ruleId)
    this.report(ruleId, node, detail)
  }

  /** Start a paragraph here unless one is open: a list item's, or an `indent` one at `depth`. */
  openParagraph(context: Context, node?: HastElement): Paragraph {
    if (this.paragraph) return this.paragraph
    this.closeGallery()
    let list: List | undefined
    const item = this.pendingItem
    if (item) {
      this.pendingItem = undefined
      list = {type: item.type, indentLevel: this.clampLevel(item.level, item.node)}
      if (item.type === 'number' && item.number !== undefined) list.number = item.number
    } else if (context.depth > 0) {
      list = {type: 'indent', indentLevel: this.clampLevel(context.depth, node)}
    }
    this.paragraph = list ? {style: {list}, elements: []} : {elements: []}
    this.lineStart = true
    this.trailingBreak = false
    return this.paragraph
  }

  /** End the open paragraph (and gallery): a block boundary. */
  closeParagraph(): void {
    const paragraph = this.paragraph
    if (paragraph) {
      if (this.trailingBreak && dropTrailingBreak(paragraph.elements.at(-1))) paragraph.elements.pop()
      this.blocks.push({type: 'paragraph', paragraph})
      this.paragraph = undefined
    }
    this.closeGallery()
    this.pendingSpace = undefined
    this.lineStart = true
    this.trailingBreak = false
  }

  /** End the open paragraph, and a list item that showed no paragraph: it is an empty item. */
  closeItem(context: Context): void {
    this.closeParagraph()
    if (this.pendingItem) {
      this.openParagraph(context)
      this.closeParagraph()
    }
  }

  closeGallery(): void {
    if (this.gallery) {
      this.blocks.push({type: 'gallery', gallery: {imageList: this.gallery}})
      this.gallery = undefined
    }
  }

  /** Text as it shows: collapsed in normal flow, kept in `pre` flow, one paragraph per line in `<pre>`. */
  text(value: string, context: Context, node?: HastElement): void {
    if (context.code) {
      const lines = value.split('\n')
      for (let index = 0; index < lines.length; index++) {
        if (index > 0) {
          this.openParagraph(context, node)
          this.closeParagraph()
        }
        if (lines[index]) this.content(lines[index]!, context.style, context, node)
      }
    } else if (context.pre) {
      if (value) this.content(value, context.style, context, node)
    } else {
      const parts = value.split(collapsible)
      for (let index = 0; index < parts.length; index++) {
        if (index > 0 && !this.lineStart && this.pendingSpace === undefined) this.pendingSpace = context.style
        if (parts[index]) this.content(parts[index]!, context.style, context, node)
      }
    }
  }

  /** A `<br>`: a `\n` in the text. */
  lineBreak(context: Context, node: HastElement): void {
    if (context.code) {
      this.openParagraph(context, node)
      this.closeParagraph()
      return
    }
    this.pendingSpace = undefined
    if (context.flat) {
      // In a cell, written before the cell's next content: one that ends the cell shows nothing.
      this.addCellBreak(context.style)
      this.cellBreakIsBr = true
      this.cellEmpty = false
      this.lineStart = true
      return
    }
    this.append('\n', context.style, context, node)
    this.lineStart = true
    this.trailingBreak = true
  }

  /** Visible text: opens the paragraph, writes a pending line break (in a cell) or space first. */
  content(value: string, style: TextStyle, context: Context, node?: HastElement): void {
    this.flushCellBreak(context, node)
    if (this.pendingSpace !== undefined && this.paragraph) this.append(' ', this.pendingSpace, context, node)
    this.pendingSpace = undefined
    this.append(value, style, context, node)
    this.lineStart = false
    this.trailingBreak = false
  }

  /** A mention or document link. */
  inline(element: Element, context: Context, node?: HastElement): void {
    this.flushCellBreak(context, node)
    this.flushSpace(context, node)
    this.openParagraph(context, node).elements.push(element)
    this.lineStart = false
    this.trailingBreak = false
  }

  /**
   * A block boundary inside a table cell (the row is one paragraph): a line
   * break before what the cell shows next, as the cell shows it. Nothing at
   * the start of a cell, one break for many boundaries, and none more after
   * a `<br>` that ends a block (it shows nothing there; the boundary breaks
   * the line).
   */
  cellBoundary(style: TextStyle): void {
    this.pendingSpace = undefined
    if (this.cellEmpty) return
    if (this.cellBreakIsBr) this.cellBreakIsBr = false
    else if (this.cellBreaks === 0) this.addCellBreak(style)
  }

  /** The start of a cell's content: after the row's start or its ` | `. */
  startCell(): void {
    this.endCell()
    this.cellEmpty = true
  }

  /** The end of a cell: the line breaks still waiting end it, and show nothing. */
  endCell(): void {
    this.cellBreaks = 0
    this.cellBreakIsBr = false
    this.pendingSpace = undefined
  }

  private addCellBreak(style: TextStyle): void {
    if (this.cellBreaks++ === 0) this.cellBreakStyle = style
  }

  /** Write the line breaks waiting in a cell (none outside cells). */
  private flushCellBreak(context: Context, node?: HastElement): void {
    this.cellEmpty = false
    if (this.cellBreaks === 0) return
    const breaks = this.cellBreaks
    this.endCell()
    this.append(breaks === 1 ? '\n' : '\n'.repeat(breaks), this.cellBreakStyle, context, node)
  }

  /** Write a pending space now (before something that collects its own text). */
  flushSpace(context: Context, node?: HastElement): void {
    if (this.pendingSpace !== undefined && this.paragraph) this.append(' ', this.pendingSpace, context, node)
    this.pendingSpace = undefined
  }

  /** An image: joins the open gallery; moves out of a paragraph or list item (reported). */
  image(image: Image, context: Context, node: HastElement): void {
    if (this.paragraph || this.pendingItem) {
      this.reportOnce('image-in-text', node)
      this.closeItem(context)
    }
    this.pendingSpace = undefined
    // In a table cell, the row goes on in a paragraph of its own: no line break starts it.
    this.startCell()
    if (!this.gallery) this.gallery = []
    this.gallery.push(image)
  }

  /** The end of the document. */
  finish(): Block[] {
    this.closeParagraph()
    return this.blocks
  }

  private append(value: string, style: TextStyle, context: Context, node?: HastElement): void {
    const elements = this.openParagraph(context, node).elements
    const run = appendText(this.noMerge ? undefined : elements.at(-1), value, style)
    if (run) elements.push(run)
    this.noMerge = false
  }

  /** Reported once per element. */
  protected override reportDepth(node: Node | undefined): void {
    if (node) this.reportOnce('list-depth', node)
    else this.report('list-depth')
  }
}
