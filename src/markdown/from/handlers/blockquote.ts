import type {Blockquote} from 'mdast'
import {type Handler} from '../state.js'

/**
 * A block quote is how Markdown indents: its paragraphs become `indent`
 * paragraphs one level deeper than the flow around it. It adds no block of
 * its own, so an empty quote bridges a jump in levels.
 */
export const blockquote: Handler<Blockquote> = (state, node) => {
  state.showItemMarker()
  const level = state.nextLevel(node)
  state.contexts.push({type: 'indent', level})
  return {exit: () => void state.contexts.pop()}
}
