import {parseColor, parseStyleAttribute} from './read.js'
import type {RuleId} from '../../messages.js'
import {colorMarks, type ColorMark, type FlagMark, flagMarks} from '../../model/format.js'
import {lostCss} from '../inline-html.js'
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
  /**
   * What the declarations do to each flag mark, by the CSS of its row in the
   * format table (`font-weight`, `text-decoration`): `true` sets it, `false`
   * removes it; absent changes nothing.
   */
  flags: Readonly<Partial<Record<FlagMark, boolean>>>
  /** The rules of the looks it sets that the format cannot keep (`lostCss`: italics, underline), reported by the readers. */
  lost: readonly RuleId[]
  /** What they do to each color mark (`color`, `background-color`, `background`). */
  colors: Readonly<Partial<Record<ColorMark, Exclude<ColorEffect, undefined>>>>
  /** `white-space`: `undefined` changes nothing. */
  pre: boolean | undefined
}

const inheritKeywords = new Set(['inherit', 'currentcolor', 'unset', 'revert', 'revert-layer'])
const preWhiteSpace = /^(?:pre|pre-wrap|pre-line|break-spaces)\b/
const normalWhiteSpace = /^(?:normal|nowrap)\b/
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
  const whiteSpace = (css['white-space'] ?? css['white-space-collapse'])?.toLowerCase()
  const flags: Partial<Record<FlagMark, boolean>> = {}
  for (const row of flagMarks) {
    const value = declared(css, row.css.read)
    const effect = value === undefined ? undefined : row.css.flag(value)
    if (effect !== undefined) flags[row.name] = effect
  }
  const colors: Partial<Record<ColorMark, Exclude<ColorEffect, undefined>>> = {}
  for (const row of colorMarks) {
    const value = row.name === 'backColor' ? (css['background-color'] ?? backgroundColor(css.background)) : declared(css, row.css.read)
    const effect = value === undefined ? undefined : colorEffect(row.name, value, true)
    if (effect !== undefined) colors[row.name] = effect
  }
  return {
    declarations: css,
    flags,
    lost: lostCss.filter(({properties, test}) => {
      const value = declared(css, properties)
      return value !== undefined && test.test(value)
    }).map(({rule}) => rule),
    colors,
    pre: !whiteSpace
      ? undefined
      : preWhiteSpace.test(whiteSpace) || whiteSpace.startsWith('preserve')
        ? true
        : normalWhiteSpace.test(whiteSpace) || whiteSpace === 'collapse'
          ? false
          : undefined
  }
}

/** The value of the first of `properties` declared. */
function declared(css: Readonly<Record<string, string>>, properties: readonly string[]): string | undefined {
  for (const property of properties) if (css[property] !== undefined) return css[property]
  return undefined
}

/**
 * What a color value of CSS (`css`) or of an attribute (`<font color>`)
 * does. Keywords that mean "as the parent" change nothing; `initial` removes
 * the color, and so does a `transparent` or `none` background (pasted HTML
 * puts `background-color: transparent` on every span: it shows nothing).
 */
export function colorEffect(key: ColorMark, value: string, css: boolean): ColorEffect {
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
  for (const row of flagMarks) {
    const effect = css.flags[row.name]
    if (effect === undefined || effect === (style[row.name] === true)) continue
    if (style === base) style = {...base}
    if (effect) style[row.name] = true
    else delete style[row.name]
  }
  for (const row of colorMarks) {
    const effect = css.colors[row.name]
    if (effect !== undefined) style = applyColorEffect(base, style, row.name, effect)
  }
  return style
}

/** The colors of `css` that could not be read, as written. */
export function unreadableColors(css: TextCss): string[] {
  const values: string[] = []
  for (const row of colorMarks) {
    const effect = css.colors[row.name]
    if (typeof effect === 'string') values.push(effect)
  }
  return values
}

/** `style` with a color effect applied (copied from `base` on the first change); an unreadable color changes nothing. */
export function applyColorEffect(base: TextStyle, style: TextStyle, key: ColorMark, effect: Exclude<ColorEffect, undefined>): TextStyle {
  if (typeof effect === 'string' || (effect === null && style[key] === undefined)) return style
  const result = style === base ? {...base} : style
  if (effect === null) delete result[key]
  else result[key] = {...effect}
  return result
}

/** The color of a `background` shorthand that holds only a color. */
function backgroundColor(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const keyword = value.trim().toLowerCase()
  if (keyword === 'none' || keyword === 'transparent') return keyword
  return parseColor(keyword) ? keyword : undefined
}
