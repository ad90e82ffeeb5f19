import {maxListNumber} from '../../../model/validate.js'
import {stringProperty} from '../style.js'
import {cellBlock, cellMarker} from './cell.js'
import type {Handler} from './types.js'

/**
 * `<ul>`, `<ol start>` (and `<menu>`): numbers its items. A list directly
 * inside a list (no `<li>` between, as some editors write) is one level deeper.
 */
export const list: Handler = (state, node, context) => {
  const ordered = node.tagName === 'ol'
  const start = ordered ? integer(stringProperty(node, 'start')) : undefined
  if (context.flat) return cellBlock(state, {...context, list: {ordered, next: start ?? 1}})
  state.closeItem(context)
  return {
    context: {
      ...context,
      depth: context.list ? context.depth + 1 : context.depth,
      list: {ordered, next: start ?? 1}
    },
    exit: () => state.closeParagraph()
  }
}

/**
 * `<li value>`: a list item one level deeper than where it stands; in a
 * table cell, a line of the row that starts with the item's marker.
 */
export const listItem: Handler = (state, node, context) => {
  const counter = context.list
  let number: number | undefined
  if (counter?.ordered) {
    number = integer(stringProperty(node, 'value')) ?? counter.next
    counter.next = number + 1
  }
  if (context.flat) {
    const visit = cellBlock(state, {...context, list: undefined})
    cellMarker(state, number === undefined ? '•' : `${number}.`, context, node)
    return visit
  }
  state.closeItem(context)
  state.pendingItem = {type: counter?.ordered ? 'number' : 'bullet', level: context.depth + 1, number, node}
  return {
    context: {...context, depth: context.depth + 1, list: undefined},
    exit: () => state.closeItem(context)
  }
}

/** `<input type=checkbox>` first in a list item: a task item; any other input shows no text. */
export const input: Handler = (state, node) => {
  const item = state.pendingItem
  if (item && !state.paragraph && stringProperty(node, 'type')?.toLowerCase() === 'checkbox') {
    item.type = node.properties.checked ? 'checkedBox' : 'checkBox'
    item.number = undefined
  }
  return undefined
}

/** HTML's "rules for parsing integers", clamped to the numbers the format allows. */
function integer(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const number = Number.parseInt(value.trim(), 10)
  if (Number.isNaN(number)) return undefined
  return Math.min(maxListNumber, Math.max(0, number))
}
