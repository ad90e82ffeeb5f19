import {formatColor, parseColor, parseStyleAttribute} from '../../css.js'
import type {TextStyle} from '../../model/types.js'
import {openTag} from './html-tag.js'

/**
 * Text and background colors: `<span style="color: rgba(…); background-color:
 * rgba(…)">…</span>`. Ordinary viewers show the text (GitHub drops the
 * style); the alpha is written as JavaScript prints the number, so it reads
 * back bit-exact. Reading also takes the bold and line-through a `style` can
 * say, so that pasted HTML agrees with the HTML reader.
 */
export function colorSpanOpen(style: TextStyle): string {
  const declarations: string[] = []
  if (style.textColor) declarations.push(`color: ${formatColor(style.textColor)}`)
  if (style.backColor) declarations.push(`background-color: ${formatColor(style.backColor)}`)
  return openTag('span', {style: declarations.join('; ')})
}

export const colorSpanClose = '</span>'

/** The text style a `style` attribute says; `unreadable` lists colors it could not read. */
export function styleFromCss(css: string): {style: TextStyle; unreadable: string[]} {
  const declarations = parseStyleAttribute(css)
  const style: TextStyle = {}
  const unreadable: string[] = []
  const color = declarations.color
  if (color !== undefined) {
    const parsed = parseColor(color)
    if (parsed) style.textColor = parsed
    else unreadable.push(`color: ${color}`)
  }
  const background = declarations['background-color'] ?? declarations.background
  if (background !== undefined) {
    const parsed = parseColor(background)
    if (parsed) style.backColor = parsed
    else unreadable.push(`background-color: ${background}`)
  }
  const weight = declarations['font-weight']
  if (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) style.bold = true
  const decoration = declarations['text-decoration'] ?? declarations['text-decoration-line']
  if (decoration?.includes('line-through')) style.strikeThrough = true
  return {style, unreadable}
}
