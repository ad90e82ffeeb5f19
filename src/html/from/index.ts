import type {Element, ElementContent, Root, RootContent} from 'hast'
import type {Content} from '../../model/types.js'
import {docsUrlTest} from '../../docs-link.js'
import {createReporter} from '../../messages.js'
import type {HtmlToContentOptions} from '../index.js'
import {parseHtml} from './parse.js'
import {ReaderState, rootContext, type Context} from './state.js'
import {applyCss, declarations} from './style.js'
import {handlers, mention, unknown} from './handlers/index.js'

/**
 * HTML → content, the way a reader sees the page: whitespace collapses as in
 * CSS normal flow (kept under `white-space: pre…`), `<br>` is a `\n`, lists
 * are flattened to `indentLevel`s, images become galleries. Unsupported
 * constructs degrade and are reported with the Markdown side's rule ids;
 * scripts, styles, templates and comments are skipped. Never throws, never
 * recurses (deep input is fine), and the result always validates.
 */
export function htmlToContent(html: string, options: HtmlToContentOptions = {}): Content {
  return hastToContent(parseHtml(String(html)), options)
}

/** Read a hast tree (as `parseHtml` or rehype build it); the tree is not changed. */
export function hastToContent(tree: Root, options: HtmlToContentOptions = {}): Content {
  const state = new ReaderState(createReporter(options), docsUrlTest(options.docsLinks), options.classPrefix ?? 'okr-')
  const stack: Frame[] = [{children: tree.children, index: 0, context: rootContext, exit: undefined}]
  while (stack.length > 0) {
    const frame = stack.at(-1)!
    if (frame.index === frame.children.length) {
      stack.pop()
      frame.exit?.()
      continue
    }
    const node = frame.children[frame.index++]!
    if (node.type === 'text') state.text(node.value, frame.context)
    else if (node.type === 'element') {
      const visit = enter(state, node, frame.context)
      if (visit && node.children.length > 0) {
        stack.push({children: node.children, index: 0, context: visit.context, exit: visit.exit})
      } else visit?.exit?.()
    }
    // Comments, doctypes and raw nodes show nothing.
  }
  return {blocks: state.finish()}
}

interface Frame {
  children: Array<RootContent | ElementContent>
  index: number
  context: Context
  exit: (() => void) | undefined
}

function enter(state: ReaderState, node: Element, context: Context) {
  const tagName = node.tagName.toLowerCase()
  const handler = Object.hasOwn(handlers, tagName) ? handlers[tagName]! : tagName.includes(':') ? handlers['o:p']! : unknown
  // Word's list bullets and numbers (`mso-list: Ignore`) are not text.
  const css = node.properties.style === undefined ? undefined : declarations(node)
  if (css?.['mso-list']?.toLowerCase() === 'ignore') {
    wordListMarker(state, node)
    return undefined
  }
  const visit = node.properties.dataOpenId ? mention(state, node, context) : handler(state, node, context)
  if (!visit) return undefined
  return {context: applyCss(state, node, visit.context), exit: visit.exit}
}

/** The marker of a Word list paragraph: `1.`, `a)` make it a numbered item. */
function wordListMarker(state: ReaderState, node: Element): void {
  const item = state.pendingItem
  if (!item || state.paragraph) return
  let marker = ''
  const stack: ElementContent[] = [...node.children].reverse()
  while (stack.length > 0 && marker.length < 20) {
    const child = stack.pop()!
    if (child.type === 'text') marker += child.value
    else if (child.type === 'element') stack.push(...[...child.children].reverse())
  }
  const match = /^\s*(?:(\d{1,9})|([a-z]))[.)]/i.exec(marker)
  if (!match) return
  item.type = 'number'
  item.number = match[1] ? Number(match[1]) : match[2]!.toLowerCase().charCodeAt(0) - 96
}
