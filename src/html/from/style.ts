import type {Element} from 'hast'
import type {TextStyle} from '../../model/types.js'
import {applyColorEffect, applyTextCss, colorEffect, readTextCss, type TextCss, unreadableColors} from '../../dialect/css/text.js'
import type {Context, HtmlReaderState} from './state.js'

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

function styleOf(node: Element): TextCss | undefined {
  const style = stringProperty(node, 'style')
  return style ? readTextCss(style) : undefined
}

/**
 * The element's CSS as the format sees it (the rules of `text-css.ts`, shared
 * with the Markdown reader), plus `white-space` and the class `<prefix>text`
 * of class mode; italic and underline are reported as on the Markdown side.
 * Applied after the tag's own meaning, as CSS overrides presentational tags
 * (`<b style="font-weight:normal">`). Returns `context` itself when nothing changes.
 */
export function applyCss(state: HtmlReaderState, node: Element, context: Context): Context {
  let pre = context.pre
  const classes = node.properties.className
  if (Array.isArray(classes) && classes.includes(state.textClass)) pre = true
  const info = node.properties.style === undefined ? undefined : styleOf(node)
  if (!info) return pre === context.pre ? context : withContext(context, context.style, pre)

  for (const rule of info.lost) state.reportOnce(rule, node)
  for (const value of unreadableColors(info)) state.reportOnce('color', node, value)
  const style = applyTextCss(context.style, info)
  if (info.pre !== undefined) pre = info.pre
  if (style === context.style && pre === context.pre) return context
  return withContext(context, style, pre)
}

/** Set a color from CSS; keywords that mean "as the parent" change nothing; unreadable values are reported. */
export function applyColor(
  state: HtmlReaderState,
  node: Element,
  context: Context,
  key: 'textColor' | 'backColor',
  value: string,
  css: boolean
): Context {
  const effect = colorEffect(key, value, css)
  if (effect === undefined) return context
  if (typeof effect === 'string') state.reportOnce('color', node, effect)
  const style = applyColorEffect(context.style, context.style, key, effect)
  return style === context.style ? context : withContext(context, style, context.pre)
}
