import type {Element, ElementContent, Properties} from 'hast'
import type {NestedItem, NestedList, NestedNode} from '../../../lists.js'
import {element, type WriterState} from '../state.js'
import {paragraphContent} from './paragraph.js'

/** Turns nested nodes into hast (passed to handlers that hold children). */
export type Nested = (nodes: NestedNode[]) => ElementContent[]

/**
 * A list rebuilt by `nestBlocks`: `<ol start>` / `<ul>`. Ordered items whose
 * number is not one more than the previous get `value`, so the numbers show
 * as in the tree without splitting the list. Task items hold a disabled
 * checkbox, with GitHub's classes (`contains-task-list`, `task-list-item`).
 */
export function list(state: WriterState, node: NestedList, nested: Nested): Element {
  const properties: Properties = {}
  if (node.ordered && node.start !== 1) properties.start = node.start
  const task = node.items.some((item) => item.listType === 'checkBox' || item.listType === 'checkedBox')
  if (task) properties.className = ['contains-task-list']
  const items: ElementContent[] = []
  let previous: number | undefined
  for (const item of node.items) {
    const value = node.ordered && previous !== undefined && item.number !== previous + 1 ? item.number : undefined
    items.push(listItem(state, item, value, nested))
    previous = item.number
  }
  return element(node.ordered ? 'ol' : 'ul', properties, items)
}

function listItem(state: WriterState, item: NestedItem, value: number | undefined, nested: Nested): Element {
  const where = `blocks[${state.blockIndex.get(item.block) ?? '?'}]`
  const children: ElementContent[] = []
  let properties: Properties
  if (item.listType === 'checkBox' || item.listType === 'checkedBox') {
    properties = state.inline
      ? {className: ['task-list-item'], style: 'list-style-type: none; white-space: pre-wrap'}
      : {className: ['task-list-item', state.classPrefix + 'text']}
    children.push(element('input', {type: 'checkbox', disabled: true, checked: item.listType === 'checkedBox'}))
  } else {
    properties = state.presentation('white-space: pre-wrap', 'text')
  }
  if (value !== undefined) properties.value = String(value)
  children.push(...paragraphContent(state, item.block.paragraph, where))
  children.push(...nested(item.children))
  return element('li', properties, children)
}
