import type {Code, InlineCode} from 'mdast'
import {addText, type FlowHandler, type PhrasingHandler} from '../state.js'
import {emitParagraph} from './paragraph.js'

/** A code block has no equivalent: one plain paragraph per line. */
export const code: FlowHandler<Code> = (state, node) => {
  state.report('code', node, node.lang ? `language ${node.lang}` : undefined)
  for (const line of node.value.split(/\r\n?|\n/)) {
    emitParagraph(state, line === '' ? [] : [{type: 'textRun', textRun: {text: line}}])
  }
}

/** Inline code has no equivalent: its text is kept in the style around it. */
export const inlineCode: PhrasingHandler<InlineCode> = (state, node) => {
  state.report('inline-code', node)
  addText(state, node.value)
}
