import type {List, ListItem} from 'mdast'
import type {ListType} from '../../../model/types.js'
import {type FlowHandler, type State, nextLevel} from '../state.js'
import {emitParagraph} from './paragraph.js'

/**
 * A list: each item's first block gets the list style, with `indentLevel`
 * the depth and `number` the ordinal shown (the list's start, counting up).
 */
export const list: FlowHandler<List> = (state, node) => {
  const start = node.start ?? 1
  node.children.forEach((item, index) => {
    const type: ListType =
      item.checked === true ? 'checkedBox' : item.checked === false ? 'checkBox' : node.ordered ? 'number' : 'bullet'
    listItem(state, item, type, start + index)
  })
}

function listItem(state: State, node: ListItem, type: ListType, number: number): void {
  const indentLevel = nextLevel(state, node)
  const list = type === 'number' ? {type, indentLevel, number} : {type, indentLevel}
  const context = {type: 'item' as const, list, used: false, level: indentLevel}
  state.contexts.push(context)
  state.flowAll(node)
  state.contexts.pop()
  // An empty item still shows its marker: keep it as an empty paragraph.
  if (node.children.length === 0) {
    state.contexts.push(context)
    emitParagraph(state, [])
    state.contexts.pop()
  }
}
