import type {Break, Delete, Emphasis, FootnoteReference, Strong, Text} from 'mdast'
import {addText, type PhrasingHandler, withStyle} from '../state.js'

/** Text; a soft line break shows as a space. */
export const text: PhrasingHandler<Text> = (state, node) => {
  addText(state, node.value.replace(/\r\n?|\n/g, ' '))
}

/** A hard line break is a "\n" in the text. */
export const hardBreak: PhrasingHandler<Break> = (state) => {
  addText(state, '\n')
}

export const strong: PhrasingHandler<Strong> = (state, node) => {
  withStyle(state, {bold: true}, () => state.phrasingAll(node))
}

export const strikethrough: PhrasingHandler<Delete> = (state, node) => {
  withStyle(state, {strikeThrough: true}, () => state.phrasingAll(node))
}

/** Italics have no equivalent: the text is kept. */
export const emphasis: PhrasingHandler<Emphasis> = (state, node) => {
  state.report('emphasis', node)
  state.phrasingAll(node)
}

/** A footnote reference is kept as its label text, `[^label]`. */
export const footnoteReference: PhrasingHandler<FootnoteReference> = (state, node) => {
  state.report('footnote', node)
  addText(state, `[^${node.label ?? node.identifier}]`)
}
