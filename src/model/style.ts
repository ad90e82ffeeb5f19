import type {Color, TextStyle} from './types.js'

/**
 * Text styles as the readers compare them when they merge neighbouring runs:
 * a `false` mark is no mark, and a color without alpha is opaque.
 */

/** Whether the style marks the text at all. */
export function hasStyle(style: TextStyle): boolean {
  return Boolean(style.bold || style.strikeThrough || style.textColor || style.backColor || style.link)
}

/** Whether text in style `a` (none: `undefined`) and in style `b` looks the same. */
export function sameStyle(a: TextStyle | undefined, b: TextStyle): boolean {
  if (a === b) return true
  if (!a) return !hasStyle(b)
  return (
    Boolean(a.bold) === Boolean(b.bold) &&
    Boolean(a.strikeThrough) === Boolean(b.strikeThrough) &&
    sameColor(a.textColor, b.textColor) &&
    sameColor(a.backColor, b.backColor) &&
    a.link?.url === b.link?.url
  )
}

function sameColor(a: Color | undefined, b: Color | undefined): boolean {
  if (!a || !b) return a === b
  return a.red === b.red && a.green === b.green && a.blue === b.blue && (a.alpha ?? 1) === (b.alpha ?? 1)
}
