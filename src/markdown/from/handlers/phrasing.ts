import type {Break, Delete, Emphasis, FootnoteReference, Strong, Text} from 'mdast'
import {flagMarks} from '../../../model/format.js'
import {type Handler} from '../state.js'

/** Text; a soft line break shows as a space; `@name` is a mention when `people` names them (outside links). */
export const text: Handler<Text> = (state, node) => {
  const value = node.value.replace(/\r\n?|\n/g, ' ')
  if (state.mentions && !state.style.link) state.addTextWithMentions(value, node)
  else state.addText(value)
}

/** A hard line break is a "\n" in the text. */
export const hardBreak: Handler<Break> = (state) => {
  state.addText('\n')
}

/** The mdast node of each flag mark of the format table (`strong`: bold, `delete`: strike-through). */
export const markHandlers: Record<string, Handler<Strong | Delete | Emphasis>> = Object.fromEntries(
  flagMarks.map((row) => [row.mdast, (state) => ({exit: state.pushStyle({[row.name]: true})})])
)

/** Italics have no equivalent: the text is kept. */
export const emphasis: Handler<Emphasis> = (state, node) => {
  state.report('emphasis', node)
  return {}
}

/** A footnote reference is kept as its label text, `[^label]`. */
export const footnoteReference: Handler<FootnoteReference> = (state, node) => {
  state.report('footnote', node)
  state.addText(`[^${node.label ?? node.identifier}]`)
}
