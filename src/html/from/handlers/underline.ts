import type {Handler} from './types.js'

/** `<u>`, `<ins>`: the text is kept, the underline is not (reported). */
export const underline: Handler = (state, node, context) => {
  state.reportOnce('underline', node)
  return {context}
}
