import {withStyle} from '../style.js'
import type {Handler} from './types.js'

/** `<del>`, `<s>`, `<strike>`: strike-through. */
export const del: Handler = (_state, _node, context) => ({context: withStyle(context, {strikeThrough: true})})
