import type {Break, Delete, Emphasis, FootnoteReference, Strong, Text} from 'mdast'
import {addText, type Handler, pushStyle} from '../state.js'

/** Text; a soft line break shows as a space. */
export const text: Handler<Text> = (state, node) => {
  addText(state, node.value.replace(/\r\n?|\n/g, ' '))
}

/** A hard line break is a "\n" in the text. */
export const hardBreak: Handler<Break> = (state) => {
  addText(state, '\n')
}

export const strong: Handler<Strong> = (state, node) => ({children: node.children, exit: pushStyle(state, {bold: true})})

export const strikethrough: Handler<Delete> = (state, node) => ({
  children: node.children,
  exit: pushStyle(state, {strikeThrough: true})
})

/** Italics have no equivalent: the text is kept. */
export const emphasis: Handler<Emphasis> = (state, node) => {
  state.report('emphasis', node)
  return {children: node.children}
}

/** A footnote reference is kept as its label text, `[^label]`. */
export const footnoteReference: Handler<FootnoteReference> = (state, node) => {
  state.report('footnote', node)
  addText(state, `[^${node.label ?? node.identifier}]`)
}
