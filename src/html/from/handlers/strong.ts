import {withStyle} from '../style.js'
import type {Handler} from './types.js'

/** `<strong>`, `<b>`: bold. */
export const strong: Handler = (_state, _node, context) => ({context: withStyle(context, {bold: true})})
