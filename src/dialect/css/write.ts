import type {Color} from '../../model/types.js'

/**
 * The CSS of a color as this library writes it: `rgba(r, g, b, a)`. A module
 * of its own so that the render-only entry (`okr-content/html`) does not pull
 * in the color parser of `css.ts` and its name table.
 */
export function formatColor(color: Color): string {
  return `rgba(${color.red}, ${color.green}, ${color.blue}, ${color.alpha ?? 1})`
}
