import {parseColor, parseStyleAttribute} from './read.js'
import type {Color, TextStyle} from '../../model/types.js'

/**
 * What inline CSS does to text, for both readers: an HTML document and the
 * inline HTML of a Markdown document read a `style` attribute (and
 * `<font color>`) by these rules, so the same markup gives the same tree
 * whichever format carries it.
 */

/** What a color value does: `undefined` keeps the parent's, `null` removes it, a string is unreadable (reported). */
export type ColorEffect = Color | null | string | undefined

/** A `style` attribute read once: its declarations and what they do to text. */
export interface TextCss {
  declarations: Readonly<Record<string, string>>
  /** `font-weight`: ≥ 600 or `bold` is bold, anything lower is not; `undefined` changes nothing. */
  bold: boolean | undefined
  strikeThrough: boolean
  /** Reported by the readers: the format has no underline, no italics. */
  underline: boolean
  emphasis: boolean
  textColor: ColorEffect
  backColor: ColorEffect
  /** `white-space`: `undefined` changes nothing. */
  pre: boolean | undefined
}

const inheritKeywords = new Set(['inherit', 'currentcolor', 'unset', 'revert', 'revert-layer'])
const preWhiteSpace = /^(?:pre|pre-wrap|pre-line|break-spaces)\b/
const normalWhiteSpace = /^(?:normal|nowrap)\b/
const lineThrough = /\bline-through\b/i
const underline = /\bunderline\b/i
const italic = /^(?:italic|oblique)\b/i
const important = /\s*!important$/

/**
 * Style attributes by their text: documents repeat the same few (every
 * paragraph of this library's HTML has `white-space: pre-wrap`), and reading
 * one is far dearer than a lookup. Bounded: cleared when full; long
 * attributes are not kept.
 */
const cache = new Map<string, TextCss>()
const cacheSize = 512
const cacheKeyLength = 512

/** Read a `style` attribute (shared and frozen: do not change the result). */
export function readTextCss(style: string): TextCss {
  let css = cache.get(style)
  if (css === undefined) {
    css = Object.freeze(readUncached(style))
    if (style.length <= cacheKeyLength) {
      if (cache.size >= cacheSize) cache.clear()
      cache.set(style, css)
    }
  }
  return css
}

function readUncached(style: string): TextCss {
  const css = Object.freeze(parseStyleAttribute(style))
  const weight = css['font-weight']
  const decoration = css['text-decoration-line'] ?? css['text-decoration']
  const whiteSpace = (css['white-space'] ?? css['white-space-collapse'])?.toLowerCase()
  const background = css['background-color'] ?? backgroundColor(css.background)
  return {
    declarations: css,
    bold: weight ? fontWeightIsBold(weight) : undefined,
    strikeThrough: decoration ? lineThrough.test(decoration) : false,
    underline: decoration ? underline.test(decoration) : false,
    emphasis: css['font-style'] ? italic.test(css['font-style']) : false,
    textColor: css.color === undefined ? undefined : colorEffect('textColor', css.color, true),
    backColor: background === undefined ? undefined : colorEffect('backColor', background, true),
    pre: !whiteSpace
      ? undefined
      : preWhiteSpace.test(whiteSpace) || whiteSpace.startsWith('preserve')
        ? true
        : normalWhiteSpace.test(whiteSpace) || whiteSpace === 'collapse'
          ? false
          : undefined
  }
}

/**
 * What a color value of CSS (`css`) or of an attribute (`<font color>`)
 * does. Keywords that mean "as the parent" change nothing; `initial` removes
 * the color, and so does a `transparent` or `none` background (pasted HTML
 * puts `background-color: transparent` on every span: it shows nothing).
 */
export function colorEffect(key: 'textColor' | 'backColor', value: string, css: boolean): ColorEffect {
  const keyword = value.trim().toLowerCase()
  if (keyword === '' || inheritKeywords.has(keyword)) return undefined
  if (keyword === 'initial' || (key === 'backColor' && (keyword === 'transparent' || keyword === 'none'))) return null
  return parseColor(css ? keyword.replace(important, '') : keyword) ?? value
}

/**
 * `base` with the text effects of `css` applied (bold, line-through,
 * colors), as CSS applies after a tag's own meaning (`<b
 * style="font-weight:normal">` is not bold). `base` itself when nothing
 * changes; otherwise a copy. Unreadable colors change nothing: callers
 * report them (`unreadableColors`).
 */
export function applyTextCss(base: TextStyle, css: TextCss): TextStyle {
  let style = base
  if (css.bold !== undefined && css.bold !== (base.bold === true)) {
    style = {...base}
    if (css.bold) style.bold = true
    else delete style.bold
  }
  if (css.strikeThrough && !style.strikeThrough) {
    if (style === base) style = {...base}
    style.strikeThrough = true
  }
  if (css.textColor !== undefined) style = applyColorEffect(base, style, 'textColor', css.textColor)
  if (css.backColor !== undefined) style = applyColorEffect(base, style, 'backColor', css.backColor)
  return style
}

/** The colors of `css` that could not be read, as written. */
export function unreadableColors(css: TextCss): string[] {
  const values: string[] = []
  if (typeof css.textColor === 'string') values.push(css.textColor)
  if (typeof css.backColor === 'string') values.push(css.backColor)
  return values
}

/** `style` with a color effect applied (copied from `base` on the first change); an unreadable color changes nothing. */
export function applyColorEffect(base: TextStyle, style: TextStyle, key: 'textColor' | 'backColor', effect: Exclude<ColorEffect, undefined>): TextStyle {
  if (typeof effect === 'string' || (effect === null && style[key] === undefined)) return style
  const result = style === base ? {...base} : style
  if (effect === null) delete result[key]
  else result[key] = {...effect}
  return result
}

function fontWeightIsBold(value: string): boolean | undefined {
  const weight = value.trim().toLowerCase()
  if (weight === 'bold' || weight === 'bolder') return true
  if (weight === 'normal' || weight === 'lighter') return false
  const number = Number(weight)
  return Number.isFinite(number) ? number >= 600 : undefined
}

/** The color of a `background` shorthand that holds only a color. */
function backgroundColor(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const keyword = value.trim().toLowerCase()
  if (keyword === 'none' || keyword === 'transparent') return keyword
  return parseColor(keyword) ? keyword : undefined
}
