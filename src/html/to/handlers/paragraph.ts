import type {Element, ElementContent} from 'hast'
import type {Paragraph} from '../../../model/types.js'
import {element, type WriterState} from '../state.js'
import {phrasing} from './phrasing.js'

/**
 * The inline content of a paragraph or list item. A trailing `<br>` shows
 * nothing in a browser, so one is added when the content is empty (the line
 * must still show) or ends with a line break (so that break shows); readers
 * drop one trailing `<br>`.
 */
export function paragraphContent(state: WriterState, paragraph: Paragraph, where: string): ElementContent[] {
  const children = phrasing(state, paragraph.elements, `${where}.paragraph`)
  if (children.length === 0 || endsWithBreak(children)) children.push(element('br', {}))
  return children
}

/** Whether the last thing shown is a `<br>` of the text (not one inside a docs link's title). */
function endsWithBreak(children: ElementContent[]): boolean {
  let last = children.at(-1)
  while (last?.type === 'element' && last.tagName !== 'br') {
    if (last.properties.dataDocsLink !== undefined && last.properties.dataDocsLink !== 'false') return false
    last = last.children.at(-1)
  }
  return last?.type === 'element'
}

/** A paragraph: `<p>` with `white-space: pre-wrap`, so every space and tab shows and reads back. */
export function paragraph(state: WriterState, paragraph: Paragraph, where: string): Element {
  return element('p', state.presentation('white-space: pre-wrap', 'text'), paragraphContent(state, paragraph, where))
}
