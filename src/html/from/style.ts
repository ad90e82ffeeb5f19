import type {Element} from 'hast'
import type {Color, TextStyle} from '../../model/types.js'
import {parseColor, parseStyleAttribute} from '../../css.js'
import type {Context, ReaderState} from './state.js'

/** A context whose text style is changed by `patch` (`false`/`undefined` removes a mark). */
export function withStyle(context: Context, patch: Partial<Record<keyof TextStyle, unknown>>): Context {
  const style: TextStyle = {...context.style}
  for (const [key, value] of Object.entries(patch) as Array<[keyof TextStyle, unknown]>) {
    if (value === undefined || value === false) delete style[key]
    else (style as Record<string, unknown>)[key] = value
  }
  return {...context, style}
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
  const style = stringProperty(node, 'style')
  return style ? cachedStyle(style) : undefined
}

/**
 * Parsed `style` attributes by their text: documents repeat the same few
 * (every paragraph of this library's HTML has `white-space: pre-wrap`), and
 * parsing one is far dearer than a lookup. Bounded: cleared when full; long
 * attributes are not kept.
 */
const styleCache = new Map<string, Readonly<Record<string, string>>>()
const styleCacheSize = 512
const styleCacheKeyLength = 512

function cachedStyle(style: string): Readonly<Record<string, string>> {
  let result = styleCache.get(style)
  if (result === undefined) {
    result = Object.freeze(parseStyleAttribute(style))
    if (style.length <= styleCacheKeyLength) {
      if (styleCache.size >= styleCacheSize) styleCache.clear()
      styleCache.set(style, result)
    }
  }
  return result
}

const inheritKeywords = new Set(['inherit', 'currentcolor', 'unset', 'revert', 'revert-layer'])
const preWhiteSpace = /^(?:pre|pre-wrap|pre-line|break-spaces)\b/
const normalWhiteSpace = /^(?:normal|nowrap)\b/

/**
 * The element's CSS as the format sees it: `font-weight` (≥ 600 or `bold` is
 * bold, anything lower is not), `text-decoration[-line]: line-through`,
 * `color`, `background-color` (or a `background` that is only a color),
 * `white-space` (and the class `<prefix>text` of class mode); italic and
 * underline are reported as on the Markdown side. Applied after the tag's own
 * meaning, as CSS overrides presentational tags (`<b style="font-weight:normal">`).
 */
export function applyCss(state: ReaderState, node: Element, context: Context): Context {
  let result = context
  const classes = node.properties.className
  if (Array.isArray(classes) && classes.includes(state.classPrefix + 'text')) result = {...result, pre: true}
  const css = declarations(node)
  if (!css) return result

  const weight = css['font-weight']
  if (weight) {
    const bold = fontWeightIsBold(weight)
    if (bold !== undefined) result = withStyle(result, {bold})
  }
  const decoration = css['text-decoration-line'] ?? css['text-decoration']
  if (decoration) {
    if (/\bline-through\b/i.test(decoration)) result = withStyle(result, {strikeThrough: true})
    if (/\bunderline\b/i.test(decoration)) state.reportOnce('underline', node)
  }
  if (css['font-style'] && /^(?:italic|oblique)\b/i.test(css['font-style'])) state.reportOnce('emphasis', node)
  if (css.color !== undefined) result = applyColor(state, node, result, 'textColor', css.color, true)
  const background = css['background-color'] ?? backgroundColor(css.background)
  if (background !== undefined) result = applyColor(state, node, result, 'backColor', background, true)

  const whiteSpace = css['white-space'] ?? css['white-space-collapse']
  if (whiteSpace) {
    const value = whiteSpace.toLowerCase()
    if (preWhiteSpace.test(value) || value.startsWith('preserve')) result = {...result, pre: true}
    else if (normalWhiteSpace.test(value) || value === 'collapse') result = {...result, pre: false}
  }
  return result
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
  const keyword = value.trim().toLowerCase()
  if (keyword === '' || inheritKeywords.has(keyword)) return context
  if (keyword === 'initial' || (key === 'backColor' && (keyword === 'transparent' || keyword === 'none'))) {
    return withStyle(context, {[key]: undefined})
  }
  const color: Color | undefined = parseColor(css ? keyword.replace(/\s*!important$/, '') : keyword)
  if (!color) {
    state.reportOnce('color', node, value)
    return context
  }
  return withStyle(context, {[key]: color})
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
