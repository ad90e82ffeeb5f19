import {applyColor, stringProperty} from '../style.js'
import type {Handler} from './types.js'

/** `<font color>`: a text color (legacy values such as `ff0000` too). */
export const font: Handler = (state, node, context) => {
  const color = stringProperty(node, 'color')
  if (color === undefined) return {context}
  const value = /^[\da-f]{6}$/i.test(color.trim()) ? '#' + color.trim() : color
  return {context: applyColor(state, node, context, 'textColor', value, false)}
}
