import type {List, ListItem} from 'mdast'
import type {ListType} from '../../../model/types.js'
import {type Handler} from '../state.js'

/**
 * A list: each item's first block gets the list style, with `indentLevel`
 * the depth and `number` the ordinal shown (the list's start, counting up).
 */
export const list: Handler<List> = (state, node) => {
  state.showItemMarker()
  const topLevel = state.contexts.length === 1
  // A part read on its own that starts inside an ordered list continues it.
  const continues = topLevel && state.continueList && node.ordered && state.lastOrdered !== undefined
  state.continueList = false
  const info = {ordered: Boolean(node.ordered), start: continues ? state.lastOrdered! : (node.start ?? 1), index: 0}
  state.lists.push(info)
  return {
    exit() {
      state.lists.pop()
      if (topLevel) state.lastOrdered = info.ordered ? info.start + info.index : undefined
    }
  }
}

export const listItem: Handler<ListItem> = (state, node) => {
  const info = state.lists.at(-1) ?? {ordered: false, start: 1, index: 0}
  const number = info.start + info.index++
  const type: ListType =
    node.checked === true ? 'checkedBox' : node.checked === false ? 'checkBox' : info.ordered ? 'number' : 'bullet'
  const indentLevel = state.nextLevel(node)
  const list = type === 'number' ? {type, indentLevel, number} : {type, indentLevel}
  state.contexts.push({type: 'item', list, used: false, level: indentLevel})
  return {
    exit() {
      // An item that showed nothing (empty, or only a rule) still shows its
      // marker: keep it as an empty paragraph.
      state.showItemMarker()
      state.contexts.pop()
    }
  }
}
