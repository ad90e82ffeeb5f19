import type {Nodes, Root} from 'mdast'
import type {Position} from 'unist'
import {docsUrlTest, type DocsLinkOption} from '../../dialect/docs-link.js'
import {mentionDirectory} from '../../dialect/mention-names.js'
import type {People} from '../../dialect/mention.js'
import {createReporter, type MessageOptions} from '../../messages.js'
import type {Content} from '../../model/types.js'
import {blockquote} from './handlers/blockquote.js'
import {code, inlineCode} from './handlers/code.js'
import {flowHtml, inlineHtml} from './handlers/html.js'
import {image, imageReference, link, linkReference} from './handlers/link.js'
import {list, listItem} from './handlers/list.js'
import {heading, paragraph, readParagraph} from './handlers/paragraph.js'
import {emphasis, footnoteReference, hardBreak, markHandlers, text} from './handlers/phrasing.js'
import {table, tableCell, tableRow} from './handlers/table.js'
import {collectDefinitions, definitionsIn} from './definitions.js'
import {defaultLimits, limitNesting, type Limits, maxTableColumns, planParts, shiftTree, wideTable} from './large.js'
import {walk as walkTree} from '../../read/walk.js'
import {parse, parseMarkdown} from './parse.js'
import {readFrontMatter, withoutFrontMatter} from './front-matter.js'
import type {TextSplit} from './text-pieces.js'
import {type Handler, MarkdownReaderState, type Mode, type Visit} from './state.js'

export {parseMarkdown}

export interface MarkdownToContentOptions extends MessageOptions {
  /**
   * Which link URLs are Feishu/Lark documents, read as `docsLink` elements:
   * `true` (default: Feishu and Lark document URLs), `false` (none), a
   * `RegExp`, or a function of the URL.
   */
  docsLinks?: DocsLinkOption | undefined
  /**
   * The text of a paragraph, heading or table cell longer than this
   * (characters) is read in pieces (reported): micromark's inline parsing
   * grows faster than the text. Default 10,000.
   */
  maxParagraphLength?: number | undefined
  /**
   * Likewise for text with more delimiter units: each `[`, `]`, `<` and run
   * of backticks, and each run of `*`, `_` or `~` counting its length less
   * one (at least 1). Default 1,000.
   */
  maxParagraphDelimiters?: number | undefined
  /** A line that opens more containers (`>`, list markers) keeps this many. Default 64. */
  maxNesting?: number | undefined
  /**
   * The people `@` + a name mentions: the writers' `people` (open id → a
   * name, or `{name, aliases, email}`), read with its keys as open ids
   * (README § Mentions by name). Default: none (`@name` is text).
   */
  people?: People | undefined
}

/** Flow handlers by mdast type. A type that is not here goes to `unknownNode`. */
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
  yaml: frontMatterNode,
  toml: frontMatterNode,
  definition: () => {},
  footnoteDefinition: (state, node) => {
    state.report('footnote', node)
    return {}
  }
}

/** Phrasing handlers by mdast type. A type that is not here goes to `unknownNode`. */
const phrasingHandlers: Record<string, Handler<any>> = {
  text,
  break: hardBreak,
  emphasis,
  // After the lost ones: a node that is a mark of the format table is read as its mark.
  ...markHandlers,
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
  // Front matter is not content: blanked out (positions stay), given to the caller.
  const matter = readFrontMatter(markdown)
  const source = limitNesting(matter ? withoutFrontMatter(markdown, matter) : markdown, limits.maxNesting)
  const parts = planParts(source, minPartLength)
  // Definitions are document-wide: with more than one part, find them all
  // first, so that each part reads references as the whole document does.
  const definitions = parts.length > 1 && source.includes(']:') ? collectDefinitions(source, parts) : undefined
  const state = createState(options, definitions ? (identifier) => definitions.links.get(identifier) : () => undefined)
  if (matter) keepFrontMatter(state, matter)
  // Part by part (README § Performance), each tree dropped once read.
  for (const [index, part] of parts.entries()) {
    // Definitions give no content.
    if (definitions?.onlyDefinitions.has(index)) continue
    state.continueList = Boolean(part.continuesList)
    const splits: Split[] = []
    const text = source.slice(part.start, part.end)
    // A table too wide to read as one is read as text (`large.ts`).
    const wide = wideTable(text)
    if (wide !== -1) {
      const point = pointAt(source, part.start + wide)
      state.report('markup-cost', {start: point, end: point}, `a table of more than ${maxTableColumns} columns read as text`)
    }
    const {tree} = parse(text, {
      noTables: wide !== -1,
      defined: definitions?.defined,
      limits,
      onSplit: (split) => splits.push(moveSplit(split, part))
    })
    // A document of one part defines what it defines itself.
    if (parts.length === 1 && source.includes(']:')) {
      const own = definitionsIn(tree)
      state.definition = (identifier) => own.get(identifier)
    }
    shiftTree(tree, part)
    // (micromark reads table cells before paragraphs.)
    walk(
      state,
      tree,
      splits.sort((a, b) => a.place.start.offset! - b.place.start.offset!)
    )
  }
  return {blocks: state.blocks}
}

/** The point of `offset` in `source` (1-based line and column). */
function pointAt(source: string, offset: number): {line: number; column: number; offset: number} {
  let line = 1
  let start = 0
  for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) {
    line++
    start = index + 1
  }
  return {line, column: offset - start + 1, offset}
}

/** A text read in pieces: where it is in the document, and into how many. */
interface Split {
  place: Position
  pieces: number
  overCost: boolean
  literal: number
}

function moveSplit(split: TextSplit, part: {start: number; line: number}): Split {
  const move = (point: TextSplit['start']) => ({line: point.line + part.line - 1, column: point.column, offset: point.offset + part.start})
  return {place: {start: move(split.start), end: move(split.end)}, pieces: split.pieces, overCost: split.overCost, literal: split.literal}
}

/** Convert an mdast tree (from remark) to a `content_block` tree. */
export function mdastToContent(tree: Root, options: MarkdownToContentOptions = {}): Content {
  const definitions = definitionsIn(tree)
  const state = createState(options, (identifier) => definitions.get(identifier))
  walk(state, tree)
  return {blocks: state.blocks}
}

function createState(options: MarkdownToContentOptions, definition: MarkdownReaderState['definition']): MarkdownReaderState {
  const state = new MarkdownReaderState(createReporter(options), docsUrlTest(options.docsLinks), definition, options.file)
  state.mentions = mentionDirectory(options.people)
  return state
}

/**
 * Visit the tree: handlers say what to read next (`Visit`), the walker keeps
 * the stack. A text read in pieces is reported where the walk reaches it.
 */
function walk(state: MarkdownReaderState, tree: Root, splits: Split[] = []): void {
  let next = 0
  const reportSplit = () => {
    const split = splits[next++]!
    if (split.overCost || split.literal > 0) {
      state.report('markup-cost', split.place, `${split.pieces} pieces${split.literal > 0 ? `, ${split.literal} read as literal text` : ''}`)
    } else state.report('paragraph-split', split.place, `${split.pieces} pieces`)
  }
  walkTree<Nodes, Mode>(
    tree.children,
    'flow',
    (node, mode) => {
      while (next < splits.length && node.position && node.position.start.offset! >= splits[next]!.place.start.offset!) reportSplit()
      // A top-level block between lists ends the list a later part could continue.
      if (mode === 'flow' && node.type !== 'list' && state.contexts.length === 1) state.lastOrdered = undefined
      const handler = (mode === 'phrasing' ? phrasingHandlers : flowHandlers)[node.type]
      return handler ? (handler(state, node) ?? undefined) : unknownNode(state, node, mode)
    },
    (node) => ('children' in node ? node.children : undefined)
  )
  while (next < splits.length) reportSplit()
}

/**
 * A node type nobody handles (from a plugin), reported: its children are
 * read; without children its text is kept (in flow, as a paragraph).
 */
function unknownNode(state: MarkdownReaderState, node: Nodes, mode: Mode): Visit | undefined {
  if ('children' in node) {
    state.report('unknown-node', node, `${node.type}: its content read`)
    return {}
  }
  const value = valueOf(node)
  const kept = mode === 'flow' ? 'its text kept as a paragraph' : 'its text kept'
  state.report('unknown-node', node, `${node.type}: ${value ? kept : 'no text, nothing kept'}`)
  if (!value) return undefined
  const keep = () => text(state, {type: 'text', value})
  if (mode === 'flow') readParagraph(state, node, keep)
  else keep()
  return undefined
}

/** The text of a literal node (`value`), or `''`. */
function valueOf(node: Nodes): string {
  return 'value' in node && typeof node.value === 'string' ? node.value : ''
}

/**
 * Front matter (`yaml`, `toml` nodes, from remark-frontmatter): not content;
 * reported, and given to the caller in `file.data.frontMatter`.
 */
function frontMatterNode(state: MarkdownReaderState, node: Nodes): undefined {
  keepFrontMatter(state, {type: (node.type as string) === 'toml' ? 'toml' : 'yaml', value: valueOf(node), position: node.position})
  return undefined
}

function keepFrontMatter(state: MarkdownReaderState, matter: {type: 'yaml' | 'toml'; value: string; position?: Position | undefined}): void {
  state.report('front-matter', matter.position, matter.type)
  if (state.file) state.file.data.frontMatter = {type: matter.type, value: matter.value}
}
