import type {List, ListItem} from 'mdast'
import type {ListType} from '../../../model/types.js'
import {type Handler, nextLevel} from '../state.js'
import {emitParagraph} from './paragraph.js'

/**
 * A list: each item's first block gets the list style, with `indentLevel`
 * the depth and `number` the ordinal shown (the list's start, counting up).
 */
export const list: Handler<List> = (state, node) => {
  state.lists.push({ordered: Boolean(node.ordered), start: node.start ?? 1, index: 0})
  return {children: node.children, exit: () => void state.lists.pop()}
}

export const listItem: Handler<ListItem> = (state, node) => {
  const info = state.lists.at(-1) ?? {ordered: false, start: 1, index: 0}
  const number = info.start + info.index++
  const type: ListType =
    node.checked === true ? 'checkedBox' : node.checked === false ? 'checkBox' : info.ordered ? 'number' : 'bullet'
  const indentLevel = nextLevel(state, node)
  const list = type === 'number' ? {type, indentLevel, number} : {type, indentLevel}
  state.contexts.push({type: 'item', list, used: false, level: indentLevel})
  return {
    children: node.children,
    exit() {
      // An empty item still shows its marker: keep it as an empty paragraph.
      if (node.children.length === 0) emitParagraph(state, [])
      state.contexts.pop()
    }
  }
}
