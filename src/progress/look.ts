import {cssIdentifier} from '../html/to/stylesheet.js'
import type {ProgressStatus} from './request.js'

/**
 * How a rendered record looks: each part's CSS, written inline (e-mail
 * clients keep nothing else) or as a class of `recordStylesheet` (pages),
 * from this one table. Colors that carry meaning come with their own
 * background; everything else inherits the page's colors (secondary text is
 * faded with opacity, the bar's track is translucent), so a record reads
 * on a light or a dark page alike.
 */
const parts = {
  // The class also names the record, for pages and scripts, in both modes.
  record: 'overflow-wrap: anywhere',
  meta: 'margin: 0 0 0.75em; line-height: 1.8',
  status: 'display: inline-block; margin-right: 0.75em; padding: 0 0.65em; border-radius: 999px; font-size: 0.85em; font-weight: 600; line-height: 1.7; white-space: nowrap',
  'status-normal': 'color: #1b6e1b; background-color: #dff3dc',
  'status-risk': 'color: #8f4a00; background-color: #fdebd3',
  'status-delayed': 'color: #b3261e; background-color: #fde2e1',
  'status-none': 'color: #4a4f57; background-color: #e8eaed',
  progress: 'display: inline-block; margin-right: 0.75em; white-space: nowrap',
  bar: 'display: inline-block; width: 7.5em; height: 0.5em; margin-right: 0.5em; border-radius: 0.25em; background-color: rgba(128, 128, 128, 0.25); vertical-align: middle; overflow: hidden',
  'bar-fill': 'display: block; height: 100%; border-radius: 0.25em; background-color: #3370ff',
  percent: 'font-weight: 600; font-variant-numeric: tabular-nums',
  updated: 'display: inline-block; opacity: 0.7; font-size: 0.875em; white-space: nowrap'
} as const

export type RecordPart = keyof typeof parts

export const statusPart: Record<ProgressStatus, RecordPart> = {'-1': 'status-none', 0: 'status-normal', 1: 'status-risk', 2: 'status-delayed'}

/** The class names of a part (`okr-progress-status okr-progress-status-risk`). */
export function recordClass(prefix: string, ...names: RecordPart[]): string {
  return names.map((name) => `${prefix}progress-${name}`).join(' ')
}

/** The attributes that give `names` their look: a `style` or the classes (`extra` CSS goes inline in both). */
export function recordAttributes(inline: boolean, prefix: string, names: RecordPart[], extra = ''): Record<string, string> {
  const css = [...(inline ? names.map((name) => parts[name]) : []), extra].filter(Boolean).join('; ')
  const attributes: Record<string, string> = !inline || names.includes('record') ? {class: recordClass(prefix, ...names)} : {}
  if (css) attributes.style = css
  return attributes
}

/** The CSS of the record's classes, for pages that use `styles: 'classes'`. */
export function recordStylesheet(prefix = 'okr-'): string {
  const selector = (name: string) => `.${cssIdentifier(prefix + 'progress-' + name)}`
  return Object.entries(parts)
    .filter(([, css]) => css)
    .map(([name, css]) => `${selector(name)} { ${css}; }`)
    .concat('')
    .join('\n')
}
