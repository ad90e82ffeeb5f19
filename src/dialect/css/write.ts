import {colorMarks} from '../../model/format.js'
import type {Color, TextStyle} from '../../model/types.js'

/**
 * The CSS of a color as this library writes it: `rgba(r, g, b, a)`. A module
 * of its own so that the render-only entry (`okr-content/html`) does not pull
 * in the color parser of `css.ts` and its name table.
 */
function formatColor(color: Color): string {
  return `rgba(${color.red}, ${color.green}, ${color.blue}, ${color.alpha ?? 1})`
}

/**
 * The declarations of a color span, both writers' (`color: rgba(…);
 * background-color: rgba(…)`): each color mark of the format table by its
 * CSS property, in the table's order.
 */
export function colorCss(style: TextStyle): string {
  let css = ''
  for (const row of colorMarks) {
    const color = style[row.name]
    if (color) css += `${css ? '; ' : ''}${row.css.write}: ${formatColor(color)}`
  }
  return css
}
