import type {Handler} from './types.js'

/** Elements this reader does not know: the text is kept, the tag is dropped (reported). */
export const unknown: Handler = (state, node, context) => {
  state.reportOnce('html', node, `<${node.tagName}>`)
  return {context}
}
