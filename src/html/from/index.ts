import type {Element, ElementContent, Root, RootContent} from 'hast'
import type {Content} from '../../model/types.js'
import {docsUrlTest} from '../../dialect/docs-link.js'
import {createReporter} from '../../messages.js'
import {walk} from '../../read/walk.js'
import type {HtmlToContentOptions} from '../options.js'
import {ElementView, parseSource, type SourceElement, type SourceNode} from './parse.js'
import {HtmlReaderState, rootContext, type Context} from './state.js'
import {applyCss, declarations} from './style.js'
import {handlers, mention, unknown, type Visit} from './handlers/index.js'
import {cellMarker} from './handlers/cell.js'

/**
 * HTML → content, the way a reader sees the page: whitespace collapses as in
 * CSS normal flow (kept under `white-space: pre…`), `<br>` is a `\n`, lists
 * are flattened to `indentLevel`s, images become galleries. Unsupported
 * constructs degrade and are reported with the Markdown side's rule ids;
 * scripts, styles, templates and comments are skipped. Never throws, never
 * recurses (deep input is fine), and the result always validates.
 *
 * parse5's tree is read directly (no hast in between: building it would cost
 * as much as reading it), each element seen through a childless hast element
 * for the handlers. Source positions are asked of parse5 only when someone
 * listens for messages: they are all they are for.
 */
export function htmlToContent(html: string, options: HtmlToContentOptions = {}): Content {
  const locations = Boolean(options.onMessage || options.file)
  const fragment = parseSource(String(html), locations)
  const state = createState(options)
  walk<SourceNode, Context>(
    fragment.childNodes,
    rootContext,
    (node, context) => {
      if (node.nodeName === '#text') state.text((node as {value: string}).value, context)
      else if ('tagName' in node) return enter(state, new ElementView(node), context, node)
      // Comments and doctypes show nothing.
      return undefined
    },
    (node) => ('childNodes' in node ? node.childNodes : undefined)
  )
  return {blocks: state.finish()}
}

/** Read a hast tree (as `parseHtml` or rehype build it); the tree is not changed. */
export function hastToContent(tree: Root, options: HtmlToContentOptions = {}): Content {
  const state = createState(options)
  walk<RootContent | ElementContent, Context>(
    tree.children,
    rootContext,
    (node, context) => {
      if (node.type === 'text') state.text(node.value, context)
      else if (node.type === 'element') return enter(state, node, context, undefined)
      // Comments, doctypes and raw nodes show nothing.
      return undefined
    },
    (node) => ('children' in node ? node.children : undefined)
  )
  return {blocks: state.finish()}
}

function createState(options: HtmlToContentOptions): HtmlReaderState {
  return new HtmlReaderState(createReporter(options), docsUrlTest(options.docsLinks), options.classPrefix ?? 'okr-')
}

const handlerMap = new Map(Object.entries(handlers))

/** Enter an element: its handler, then its CSS. `source`: the parse5 element `node` stands for (its children are there). */
function enter(state: HtmlReaderState, node: Element, context: Context, source: SourceElement | undefined): Visit | undefined {
  const tagName = node.tagName.toLowerCase()
  const handler = handlerMap.get(tagName) ?? (tagName.includes(':') ? handlers['o:p']! : unknown)
  // Word's list bullets and numbers (`mso-list: Ignore`) are not text, but
  // list numbering; in a table cell (no lists there) they are the item's marker.
  if (node.properties.style !== undefined && declarations(node)?.['mso-list']?.toLowerCase() === 'ignore') {
    const item = state.pendingItem
    if (context.flat || (item && !state.paragraph)) {
      const marker = source ? sourceText(source) : hastText(node)
      const match = wordListNumber.exec(marker)
      if (context.flat) cellMarker(state, wordListMarker.exec(marker)?.[1] ?? '•', context, node)
      else if (match) {
        item!.type = 'number'
        item!.number = match[1] ? Number(match[1]) : match[2]!.toLowerCase().charCodeAt(0) - 96
      }
    }
    return undefined
  }
  const visit = node.properties.dataOpenId ? mention(state, node, context) : handler(state, node, context)
  if (!visit) return undefined
  const css = applyCss(state, node, visit.context)
  return css === visit.context ? visit : {...visit, context: css}
}

/** The marker of a Word list paragraph: `1.`, `a)` make it a numbered item. */
const wordListNumber = /^\s*(?:(\d{1,9})|([a-z]))[.)]/i
/**
 * The marker of a Word list paragraph as a reader sees it in a table cell:
 * its number (`1.`, `iv)`, `(a)`, `1.2.`); anything else is a bullet glyph of
 * the Symbol or Wingdings font (`·`, `o`, `§`), shown as `•`.
 */
const wordListMarker = /^\s*(\(?[\da-z]{1,9}[.)](?:[\da-z]{1,9}[.)])*)/i

/** The start of an element's text (20 characters are enough for a marker); in document order, without recursion. */
function hastText(node: Element): string {
  let text = ''
  const stack: ElementContent[] = [...node.children].reverse()
  while (stack.length > 0 && text.length < 20) {
    const child = stack.pop()!
    if (child.type === 'text') text += child.value
    else if (child.type === 'element') stack.push(...[...child.children].reverse())
  }
  return text
}

function sourceText(node: SourceElement): string {
  let text = ''
  const stack: SourceNode[] = [...node.childNodes].reverse()
  while (stack.length > 0 && text.length < 20) {
    const child = stack.pop()!
    if (child.nodeName === '#text') text += (child as {value: string}).value
    else if ('tagName' in child) stack.push(...[...child.childNodes].reverse())
  }
  return text
}
