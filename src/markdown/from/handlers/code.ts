import type {Code, InlineCode} from 'mdast'
import {type Handler} from '../state.js'
import {emitParagraph} from './paragraph.js'

/**
 * A code block has no equivalent: one plain paragraph per line. An empty one
 * shows nothing (`<pre><code></code></pre>` has no line): no block.
 */
export const code: Handler<Code> = (state, node) => {
  state.report('code', node, node.lang ? `language ${node.lang}` : undefined)
  if (node.value === '') return
  for (const line of node.value.split(/\r\n?|\n/)) {
    emitParagraph(state, line === '' ? [] : [{type: 'textRun', textRun: {text: line}}])
  }
}

/**
 * Inline code has no equivalent: its text is kept in the style around it. A
 * line ending in a code span is a space (CommonMark renders it so), not a break.
 */
export const inlineCode: Handler<InlineCode> = (state, node) => {
  state.report('inline-code', node)
  state.addText(node.value.replace(/\r\n?|\n/g, ' '))
}
