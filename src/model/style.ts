import {markRows, type MarkRow} from './format.js'
import type {Color, Link, TextStyle} from './types.js'

/**
 * Text styles as the readers, normalize and the writers compare them, one
 * rule per kind of mark of the format table (`model/format.ts`): a `false`
 * flag is no mark, a color without alpha is opaque, links compare by URL.
 */

/** Whether the style marks the text at all. */
export function hasStyle(style: TextStyle): boolean {
  for (const row of markRows) if (style[row.name]) return true
  return false
}

/** Whether text in style `a` (none: `undefined`) and in style `b` looks the same. */
export function sameStyle(a: TextStyle | undefined, b: TextStyle): boolean {
  if (a === b) return true
  if (!a) return !hasStyle(b)
  for (const row of markRows) if (!sameMark(row, a[row.name], b[row.name])) return false
  return true
}

/** Whether two values of a mark look the same. */
function sameMark(row: MarkRow, a: TextStyle[keyof TextStyle], b: TextStyle[keyof TextStyle]): boolean {
  if (row.value === 'flag') return Boolean(a) === Boolean(b)
  if (row.value === 'color') return sameColor(a as Color | undefined, b as Color | undefined)
  return (a as Link | undefined)?.url === (b as Link | undefined)?.url
}

export function sameColor(a: Color | undefined, b: Color | undefined): boolean {
  if (!a || !b) return a === b
  return a.red === b.red && a.green === b.green && a.blue === b.blue && (a.alpha ?? 1) === (b.alpha ?? 1)
}
