import {declarations} from '../style.js'
import {cellBlock} from './cell.js'
import type {Handler} from './types.js'

const wordListLevel = /\blevel(\d+)\b/i

/**
 * Block elements (`<p>`, `<div>`, `<section>`…): a paragraph boundary before
 * and after; inside a table cell, a line break in the row. A Word list
 * paragraph (`style="mso-list: l0 level2 lfo1"`) is a list item at that
 * level; its marker (in a `mso-list: Ignore` span) tells bullet from number.
 */
export const block: Handler = (state, node, context) => {
  if (context.flat) return cellBlock(state, context)
  state.closeParagraph()
  const level = wordListLevel.exec(declarations(node)?.['mso-list'] ?? '')
  if (level) {
    state.closeItem(context)
    state.pendingItem = {type: 'bullet', level: context.depth + Math.max(1, Number(level[1])), number: undefined, node}
    return {context, exit: () => state.closeItem(context)}
  }
  return {context, exit: () => state.closeParagraph()}
}
