import type {Table} from 'mdast'
import {addText, type FlowHandler} from '../state.js'
import {readParagraph} from './paragraph.js'

/** A table has no equivalent: one paragraph per row, cells joined by " | ". */
export const table: FlowHandler<Table> = (state, node) => {
  state.report('table', node)
  for (const row of node.children) {
    readParagraph(state, row, () => {
      row.children.forEach((cell, index) => {
        if (index > 0) addText(state, ' | ')
        state.phrasingAll(cell)
      })
    })
  }
}
