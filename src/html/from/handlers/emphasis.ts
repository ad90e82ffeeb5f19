import type {Handler} from './types.js'

/** `<em>`, `<i>`: the text is kept, the italics are not (reported). */
export const emphasis: Handler = (state, node, context) => {
  state.reportOnce('emphasis', node)
  return {context}
}
