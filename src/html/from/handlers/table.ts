import {cellBlock} from './cell.js'
import type {Handler} from './types.js'

/** `<table>`: one paragraph per row (reported); in a table cell, its rows are lines of the cell. */
export const table: Handler = (state, node, context) => {
  state.reportOnce('table', node)
  if (context.flat) return cellBlock(state, {...context, row: undefined})
  state.closeParagraph()
  return {context: {...context, pre: false, code: false}, exit: () => state.closeParagraph()}
}

/** `<tr>`: a paragraph of its cells (in a table cell: a line of them). */
export const tableRow: Handler = (state, _node, context) => {
  if (context.flat) return cellBlock(state, {...context, row: {cells: 0}})
  state.closeParagraph()
  return {context: {...context, row: {cells: 0}}, exit: () => state.closeParagraph()}
}

/**
 * `<td>`, `<th>`: cells joined by ` | `. The blocks inside a cell do not break
 * the row: their boundaries are line breaks in it (`cell.ts`).
 */
export const tableCell: Handler = (state, node, context) => {
  const row = context.row
  // White space between cells is markup, not text.
  state.pendingSpace = undefined
  if (row && row.cells++ > 0) {
    state.content(' | ', {}, context, node)
    state.lineStart = true
    state.startCell()
  } else if (!context.flat) {
    state.startCell()
  }
  return {
    context: {...context, flat: true, row: undefined},
    exit: () => state.endCell()
  }
}
