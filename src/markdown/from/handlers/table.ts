import type {Table, TableCell, TableRow} from 'mdast'
import {addText, type Handler} from '../state.js'
import {finishParagraph, startParagraph} from './paragraph.js'

/** A table has no equivalent: one paragraph per row, cells joined by " | ". */
export const table: Handler<Table> = (state, node) => {
  state.report('table', node)
  return {children: node.children}
}

export const tableRow: Handler<TableRow> = (state, node) => {
  startParagraph(state)
  state.cells = 0
  return {children: node.children, exit: () => finishParagraph(state, node)}
}

export const tableCell: Handler<TableCell> = (state, node) => {
  if (state.cells++ > 0) addText(state, ' | ')
  return {children: node.children, phrasing: true}
}
