import {block} from './block.js'
import {cellBlock} from './cell.js'
import type {Handler} from './types.js'

/** `<code>`, `<kbd>`, `<samp>`, `<tt>` outside `<pre>`: plain text (reported). */
export const inlineCode: Handler = (state, node, context) => {
  if (!context.code) state.reportOnce('inline-code', node)
  return {context}
}

/** `<pre>`: one plain paragraph per line (reported), whitespace kept. */
export const code: Handler = (state, node, context) => {
  state.reportOnce('code', node)
  if (context.flat) return cellBlock(state, {...context, pre: true})
  const visit = block(state, node, context)!
  return {...visit, context: {...visit.context, pre: true, code: true}}
}
