import type {Handler} from './types.js'

/** `<table>`: one paragraph per row (reported). */
export const table: Handler = (state, node, context) => {
  state.reportOnce('table', node)
  if (context.flat) return {context}
  state.closeParagraph()
  return {context: {...context, pre: false, code: false}, exit: () => state.closeParagraph()}
}

/** `<tr>`: a paragraph of its cells. */
export const tableRow: Handler = (state, _node, context) => {
  if (context.flat) return {context}
  state.closeParagraph()
  return {context: {...context, row: {cells: 0}}, exit: () => state.closeParagraph()}
}

/** `<td>`, `<th>`: cells joined by ` | `; block elements inside do not break the row. */
export const tableCell: Handler = (state, node, context) => {
  const row = context.row
  // White space between cells is markup, not text.
  state.pendingSpace = undefined
  if (row && row.cells++ > 0) {
    state.content(' | ', {}, context, node)
    state.lineStart = true
  }
  state.pendingSpace = undefined
  return {
    context: {...context, flat: true, row: undefined},
    exit: () => {
      state.pendingSpace = undefined
    }
  }
}
