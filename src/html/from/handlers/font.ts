import {attributeColors} from '../../../dialect/inline-html.js'
import {applyColor, stringProperty} from '../style.js'
import type {Handler} from './types.js'

/** `<font color>`: a text color, by the rules both readers share (`attributeColors`: `ff0000` is red). */
export const font: Handler = (state, node, context) => {
  let result = context
  for (const [mark, value] of attributeColors(node.tagName, (name) => stringProperty(node, name))) {
    result = applyColor(state, node, result, mark, value, false)
  }
  return {context: result}
}
