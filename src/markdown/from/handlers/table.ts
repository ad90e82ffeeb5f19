import type {Table, TableCell, TableRow} from 'mdast'
import {type Handler} from '../state.js'
import {finishParagraph, startParagraph} from './paragraph.js'

/**
 * A table has no equivalent: one paragraph per row, cells joined by " | ".
 * Every row has the header's number of cells, as GFM renders it: a short row
 * gets empty cells, the cells beyond are not part of the table.
 */
export const table: Handler<Table> = (state, node) => {
  state.report('table', node)
  const columns = node.align?.length || node.children[0]?.children.length || 0
  return {children: node.children.map((row) => (row.children.length === columns ? row : {...row, children: cells(row, columns)}))}
}

function cells(row: TableRow, columns: number): TableCell[] {
  const result = row.children.slice(0, columns)
  while (result.length < columns) result.push({type: 'tableCell', children: []})
  return result
}

export const tableRow: Handler<TableRow> = (state, node) => {
  startParagraph(state)
  state.cells = 0
  return {exit: () => finishParagraph(state, node)}
}

export const tableCell: Handler<TableCell> = (state, node) => {
  if (state.cells++ > 0) state.addText(' | ')
  return {context: 'phrasing'}
}
