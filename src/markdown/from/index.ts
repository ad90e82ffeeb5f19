import type {Nodes, Parents, PhrasingContent, Root, RootContent} from 'mdast'
import {definitions} from 'mdast-util-definitions'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {docsUrlTest, type DocsLinkOption} from '../../docs-link.js'
import {createReporter, type MessageOptions} from '../../messages.js'
import type {Content} from '../../model/types.js'
import {blockquote} from './handlers/blockquote.js'
import {code, inlineCode} from './handlers/code.js'
import {flowHtml, inlineHtml} from './handlers/html.js'
import {image, imageReference, link, linkReference} from './handlers/link.js'
import {list} from './handlers/list.js'
import {heading, paragraph} from './handlers/paragraph.js'
import {emphasis, footnoteReference, hardBreak, strikethrough, strong, text} from './handlers/phrasing.js'
import {table} from './handlers/table.js'
import type {FlowHandler, PhrasingHandler, State} from './state.js'

export interface MarkdownToContentOptions extends MessageOptions {
  /**
   * Which link URLs are Feishu/Lark documents, read as `docsLink` elements:
   * `true` (default: Feishu and Lark document URLs), `false` (none), a
   * `RegExp`, or a function of the URL.
   */
  docsLinks?: DocsLinkOption
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze()

/** Parse Markdown (CommonMark + GFM) to mdast, as `markdownToContent` does. */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown)
}

/** Flow handlers by mdast type. A type that is not here goes to `unknownFlow`. */
const flowHandlers: Record<string, FlowHandler<any>> = {
  paragraph,
  heading,
  list,
  blockquote,
  code,
  html: flowHtml,
  table,
  thematicBreak: (state, node) => state.report('thematic-break', node),
  definition: () => {},
  footnoteDefinition: (state, node) => {
    state.report('footnote', node)
    state.flowAll(node)
  }
}

/** Phrasing handlers by mdast type. A type that is not here goes to `unknownPhrasing`. */
const phrasingHandlers: Record<string, PhrasingHandler<any>> = {
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
  const tree = parseMarkdown(String(markdown))
  return mdastToContent(tree, options)
}

/** Convert an mdast tree (from remark) to a `content_block` tree. */
export function mdastToContent(tree: Root, options: MarkdownToContentOptions = {}): Content {
  const lookup = definitions(tree)
  const state: State = {
    blocks: [],
    report: createReporter(options),
    isDocsUrl: docsUrlTest(options.docsLinks),
    definition: (identifier) => lookup(identifier) ?? undefined,
    contexts: [{type: 'root'}],
    pieces: [],
    style: {},
    openTags: [],
    flow: (node) => (flowHandlers[node.type] ?? unknownFlow)(state, node),
    flowAll: (parent) => {
      for (const child of parent.children as RootContent[]) state.flow(child)
    },
    phrasing: (node) => (phrasingHandlers[node.type] ?? unknownPhrasing)(state, node),
    phrasingAll: (parent) => {
      for (const child of parent.children as PhrasingContent[]) state.phrasing(child)
    }
  }
  state.flowAll(tree)
  return {blocks: state.blocks}
}

/** A node type nobody handles (from a plugin): keep its content, report it. */
function unknownFlow(state: State, node: Nodes): void {
  state.report('html', node, `unknown node type ${node.type}`)
  if ('children' in node) state.flowAll(node as Parents)
}

function unknownPhrasing(state: State, node: Nodes): void {
  state.report('html', node, `unknown node type ${node.type}`)
  if ('children' in node) state.phrasingAll(node as Parents)
  else if ('value' in node && typeof node.value === 'string') text(state, {type: 'text', value: node.value})
}
