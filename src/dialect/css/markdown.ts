import {colorCss} from './write.js'
import type {TextStyle} from '../../model/types.js'
import {openTag} from '../html-tag.js'

/**
 * Text and background colors: `<span style="color: rgba(…); background-color:
 * rgba(…)">…</span>`. Ordinary viewers show the text (GitHub drops the
 * style); the alpha is written as JavaScript prints the number, so it reads
 * back bit-exact. Reading follows `text-css.ts`, shared with the HTML
 * reader, so the same markup reads the same in both formats.
 */
export function colorSpanOpen(style: TextStyle): string {
  return openTag('span', {style: colorCss(style)})
}

export const colorSpanClose = '</span>'
