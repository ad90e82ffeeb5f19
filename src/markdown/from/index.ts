import type {Definition, Nodes, Root} from 'mdast'
import {docsUrlTest, type DocsLinkOption} from '../../dialect/docs-link.js'
import {createReporter, type MessageOptions} from '../../messages.js'
import type {Content} from '../../model/types.js'
import {blockquote} from './handlers/blockquote.js'
import {code, inlineCode} from './handlers/code.js'
import {flowHtml, inlineHtml} from './handlers/html.js'
import {image, imageReference, link, linkReference} from './handlers/link.js'
import {list, listItem} from './handlers/list.js'
import {heading, paragraph} from './handlers/paragraph.js'
import {emphasis, footnoteReference, hardBreak, strikethrough, strong, text} from './handlers/phrasing.js'
import {table, tableCell, tableRow} from './handlers/table.js'
import {defaultLimits, limitNesting, type Limits, mergePieces, type Part, planParts, shiftTree} from './large.js'
import {type Frame as WalkFrame, walkFrames} from '../../walk.js'
import {parseMarkdown} from './parse.js'
import {parseInSections} from './sections.js'
import type {Handler, State, Visit} from './state.js'

export {parseMarkdown}

export interface MarkdownToContentOptions extends MessageOptions {
  /**
   * Which link URLs are Feishu/Lark documents, read as `docsLink` elements:
   * `true` (default: Feishu and Lark document URLs), `false` (none), a
   * `RegExp`, or a function of the URL.
   */
  docsLinks?: DocsLinkOption | undefined
  /**
   * A top-level paragraph longer than this (characters) is read in pieces
   * (reported): micromark's inline parsing grows faster than the text.
   * Default 10,000.
   */
  maxParagraphLength?: number | undefined
  /** Likewise for a paragraph with more delimiter runs (`*`, `_`, `~`, `[`, `]`). Default 1,000. */
  maxParagraphDelimiters?: number | undefined
  /** A line that opens more containers (`>`, list markers) keeps this many. Default 64. */
  maxNesting?: number | undefined
}

/** Flow handlers by mdast type. A type that is not here goes to `unknownFlow`. */
const flowHandlers: Record<string, Handler<any>> = {
  paragraph,
  heading,
  list,
  listItem,
  blockquote,
  code,
  html: flowHtml,
  table,
  tableRow,
  tableCell,
  thematicBreak: (state, node) => state.report('thematic-break', node),
  definition: () => {},
  footnoteDefinition: (state, node) => {
    state.report('footnote', node)
    return {children: node.children}
  }
}

/** Phrasing handlers by mdast type. A type that is not here goes to `unknownPhrasing`. */
const phrasingHandlers: Record<string, Handler<any>> = {
  text,
  break: hardBreak,
  strong,
  delete: strikethrough,
  emphasis,
  inlineCode,
  link,
  linkReference,
  image,
  imageReference,
  html: inlineHtml,
  footnoteReference
}

/**
 * Convert Markdown (CommonMark + GFM + this library's dialect, README §
 * Markdown) to a `content_block` tree. Never throws on a string; the result
 * always passes `validateContent`. What has no equivalent is kept as well as
 * the format allows and reported (`onMessage` / `file`).
 */
export function markdownToContent(markdown: string, options: MarkdownToContentOptions = {}): Content {
  return readInParts(String(markdown), options, 2048)
}

/** `markdownToContent` with parts of at least `minPartLength` characters (tests use 0). */
export function readInParts(markdown: string, options: MarkdownToContentOptions, minPartLength: number): Content {
  const limits: Limits = {
    maxParagraphLength: options.maxParagraphLength ?? defaultLimits.maxParagraphLength,
    maxParagraphDelimiters: options.maxParagraphDelimiters ?? defaultLimits.maxParagraphDelimiters,
    maxNesting: options.maxNesting ?? defaultLimits.maxNesting
  }
  const source = limitNesting(markdown, limits.maxNesting)
  // Reference definitions are document-wide: such a document is converted whole.
  if (source.includes(']:')) return mdastToContent(parseInSections(source, parseMarkdown), options)
  const state = createState(options, () => undefined)
  // Otherwise part by part (README § Performance), each tree dropped once read.
  for (const part of planParts(source, limits, minPartLength)) {
    state.continueList = Boolean(part.continuesList)
    walk(state, parsePart(state, source, part))
  }
  return {blocks: state.blocks}
}

function parsePart(state: State, source: string, part: Part): Root {
  if (!part.pieces || part.pieces.length === 1) {
    const tree = parseMarkdown(source.slice(part.start, part.end))
    shiftTree(tree, part)
    return tree
  }
  const pieces = part.pieces
  const trees = pieces.map((piece) => {
    const tree = parseMarkdown(source.slice(piece.start, piece.end))
    shiftTree(tree, piece)
    return tree
  })
  const joins = pieces.slice(1).map((piece, index) => source.slice(pieces[index]!.end, piece.start))
  const tree: Root = {type: 'root', children: mergePieces(trees, joins)}
  state.report('paragraph-split', tree.children[0], `${pieces.length} pieces`)
  return tree
}

/** Convert an mdast tree (from remark) to a `content_block` tree. */
export function mdastToContent(tree: Root, options: MarkdownToContentOptions = {}): Content {
  const definitions = collectDefinitions(tree)
  const state = createState(options, (identifier) => definitions.get(identifier))
  walk(state, tree)
  return {blocks: state.blocks}
}

function createState(options: MarkdownToContentOptions, definition: State['definition']): State {
  return {
    blocks: [],
    report: createReporter(options),
    isDocsUrl: docsUrlTest(options.docsLinks),
    definition,
    contexts: [{type: 'root'}],
    lists: [],
    cells: 0,
    lastOrdered: undefined,
    continueList: false,
    pieces: [],
    style: {},
    nesting: [],
    openTags: []
  }
}

interface Frame extends WalkFrame<Nodes> {
  phrasing: boolean
}

/** Visit the tree: handlers say what to read next (`Visit`), the walker keeps the stack. */
function walk(state: State, tree: Root): void {
  walkFrames<Nodes, Frame>({children: tree.children, index: 0, phrasing: false, exit: undefined}, (node, frame) => {
    const handler = frame.phrasing ? (phrasingHandlers[node.type] ?? unknownPhrasing) : (flowHandlers[node.type] ?? unknownFlow)
    const visit = handler(state, node)
    return visit ? {children: visit.children, index: 0, phrasing: visit.phrasing ?? frame.phrasing, exit: visit.exit} : undefined
  })
}

/** Link reference definitions, document-wide; the first of a label wins (as in CommonMark). */
function collectDefinitions(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>()
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'definition') {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node)
    } else if (node.type === 'root' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'footnoteDefinition') {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
    }
  }
  return definitions
}

/** A node type nobody handles (from a plugin): keep its content, report it. */
function unknownFlow(state: State, node: Nodes): Visit | undefined {
  state.report('html', node, `unknown node type ${node.type}`)
  return 'children' in node ? {children: node.children} : undefined
}

function unknownPhrasing(state: State, node: Nodes): Visit | undefined {
  state.report('html', node, `unknown node type ${node.type}`)
  if ('children' in node) return {children: node.children}
  if ('value' in node && typeof node.value === 'string') text(state, {type: 'text', value: node.value})
  return undefined
}
