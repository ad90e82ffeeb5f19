import {cellBlock} from './cell.js'
import type {Handler} from './types.js'

/**
 * `<blockquote>`: the indent container. Its paragraphs are `indent` ones, one
 * level deeper than where it stands (levels add up with list items). It is
 * not reported: it is how this library writes indentation.
 */
export const blockquote: Handler = (state, _node, context) => {
  if (context.flat) return cellBlock(state, context)
  state.closeItem(context)
  return {
    context: {...context, depth: context.depth + 1, list: undefined},
    exit: () => state.closeParagraph()
  }
}
