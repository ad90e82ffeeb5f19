import type {Element} from 'hast'
import type {Color, TextStyle} from '../../model/types.js'
import {parseColor, parseStyleAttribute} from '../../css.js'
import type {Context, ReaderState} from './state.js'

/** A context whose text style is changed by `patch` (`false`/`undefined` removes a mark). */
export function withStyle(context: Context, patch: Partial<Record<keyof TextStyle, unknown>>): Context {
  const style: TextStyle = {...context.style}
  for (const key in patch) {
    const value = patch[key as keyof TextStyle]
    if (value === undefined || value === false) delete style[key as keyof TextStyle]
    else (style as Record<string, unknown>)[key] = value
  }
  return withContext(context, style, context.pre)
}

/** `{...context, style, pre}`, written out (spreading is slower, and this is per element). */
function withContext(context: Context, style: TextStyle, pre: boolean): Context {
  return {
    style,
    pre,
    depth: context.depth,
    list: context.list,
    flat: context.flat,
    row: context.row,
    code: context.code,
    linked: context.linked
  }
}

/** A string property of a hast element (`undefined` when absent). */
export function stringProperty(node: Element, name: string): string | undefined {
  const value = node.properties[name]
  if (value === undefined || value === null || value === false) return undefined
  if (Array.isArray(value)) return value.join(' ')
  return String(value)
}

/** The declarations of the element's `style` attribute (shared, read-only). */
export function declarations(node: Element): Readonly<Record<string, string>> | undefined {
  return styleOf(node)?.declarations
}

const inheritKeywords = new Set(['inherit', 'currentcolor', 'unset', 'revert', 'revert-layer'])
const preWhiteSpace = /^(?:pre|pre-wrap|pre-line|break-spaces)\b/
const normalWhiteSpace = /^(?:normal|nowrap)\b/
const lineThrough = /\bline-through\b/i
const underline = /\bunderline\b/i
const italic = /^(?:italic|oblique)\b/i
const important = /\s*!important$/

/** What a color value does: `undefined` keeps the parent's, `null` removes it, a string is reported (unreadable). */
type ColorEffect = Color | null | string | undefined

/** A `style` attribute read once: its declarations and what they do to the text (see `applyCss`). */
interface StyleInfo {
  declarations: Readonly<Record<string, string>>
  /** `font-weight`: `undefined` changes nothing. */
  bold: boolean | undefined
  strikeThrough: boolean
  /** Reported: the format has no underline, no italics. */
  underline: boolean
  emphasis: boolean
  textColor: ColorEffect
  backColor: ColorEffect
  /** `white-space`: `undefined` changes nothing. */
  pre: boolean | undefined
}

/**
 * Style attributes by their text: documents repeat the same few (every
 * paragraph of this library's HTML has `white-space: pre-wrap`), and reading
 * one is far dearer than a lookup. Bounded: cleared when full; long
 * attributes are not kept.
 */
const styleCache = new Map<string, StyleInfo>()
const styleCacheSize = 512
const styleCacheKeyLength = 512

function styleOf(node: Element): StyleInfo | undefined {
  const style = stringProperty(node, 'style')
  if (!style) return undefined
  let info = styleCache.get(style)
  if (info === undefined) {
    info = readStyle(style)
    if (style.length <= styleCacheKeyLength) {
      if (styleCache.size >= styleCacheSize) styleCache.clear()
      styleCache.set(style, info)
    }
  }
  return info
}

function readStyle(style: string): StyleInfo {
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
 * The element's CSS as the format sees it: `font-weight` (≥ 600 or `bold` is
 * bold, anything lower is not), `text-decoration[-line]: line-through`,
 * `color`, `background-color` (or a `background` that is only a color),
 * `white-space` (and the class `<prefix>text` of class mode); italic and
 * underline are reported as on the Markdown side. Applied after the tag's own
 * meaning, as CSS overrides presentational tags (`<b style="font-weight:normal">`).
 * Returns `context` itself when nothing changes.
 */
export function applyCss(state: ReaderState, node: Element, context: Context): Context {
  let pre = context.pre
  const classes = node.properties.className
  if (Array.isArray(classes) && classes.includes(state.textClass)) pre = true
  const info = node.properties.style === undefined ? undefined : styleOf(node)
  if (!info) return pre === context.pre ? context : withContext(context, context.style, pre)

  let style: TextStyle | undefined
  if (info.bold !== undefined) {
    style = {...context.style}
    if (info.bold) style.bold = true
    else delete style.bold
  }
  if (info.strikeThrough) {
    style ??= {...context.style}
    style.strikeThrough = true
  }
  if (info.underline) state.reportOnce('underline', node)
  if (info.emphasis) state.reportOnce('emphasis', node)
  if (info.textColor !== undefined) style = applyColorEffect(state, node, context.style, style, 'textColor', info.textColor)
  if (info.backColor !== undefined) style = applyColorEffect(state, node, context.style, style, 'backColor', info.backColor)
  if (info.pre !== undefined) pre = info.pre
  if (style === undefined && pre === context.pre) return context
  return withContext(context, style ?? context.style, pre)
}

/** Apply a color effect to `style` (a copy of `base` made on the first change). */
function applyColorEffect(
  state: ReaderState,
  node: Element,
  base: TextStyle,
  style: TextStyle | undefined,
  key: 'textColor' | 'backColor',
  effect: Exclude<ColorEffect, undefined>
): TextStyle | undefined {
  if (typeof effect === 'string') {
    state.reportOnce('color', node, effect)
    return style
  }
  style ??= {...base}
  if (effect === null) delete style[key]
  else style[key] = {...effect}
  return style
}

/** What a color value of CSS (`css`) or of an attribute does; keywords that mean "as the parent" change nothing. */
function colorEffect(key: 'textColor' | 'backColor', value: string, css: boolean): ColorEffect {
  const keyword = value.trim().toLowerCase()
  if (keyword === '' || inheritKeywords.has(keyword)) return undefined
  if (keyword === 'initial' || (key === 'backColor' && (keyword === 'transparent' || keyword === 'none'))) return null
  return parseColor(css ? keyword.replace(important, '') : keyword) ?? value
}

/** Set a color from CSS; keywords that mean "as the parent" change nothing; unreadable values are reported. */
export function applyColor(
  state: ReaderState,
  node: Element,
  context: Context,
  key: 'textColor' | 'backColor',
  value: string,
  css: boolean
): Context {
  const effect = colorEffect(key, value, css)
  if (effect === undefined) return context
  const style = applyColorEffect(state, node, context.style, undefined, key, effect)
  return style ? withContext(context, style, context.pre) : context
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
