import type {Handler} from './types.js'

/** Inline elements that mean nothing to the format (`<span>`, `<small>`…): their content is read. */
export const all: Handler = (_state, _node, context) => ({context})
