import type {Handler} from './types.js'

/** `<hr>`: a block boundary; the rule itself is dropped (reported). */
export const thematicBreak: Handler = (state, node, context) => {
  if (!context.flat) state.closeParagraph()
  state.reportOnce('thematic-break', node)
  return undefined
}
