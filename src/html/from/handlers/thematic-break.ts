import type {Handler} from './types.js'

/** `<hr>`: a block boundary (in a table cell: a line break); the rule itself is dropped (reported). */
export const thematicBreak: Handler = (state, node, context) => {
  if (context.flat) state.cellBoundary(context.style)
  else state.closeParagraph()
  state.reportOnce('thematic-break', node)
  return undefined
}
