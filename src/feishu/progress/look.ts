import {cssIdentifier} from '../../html/to/stylesheet.js'
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
  'progress-record': 'overflow-wrap: anywhere',
  'progress-meta': 'margin: 0 0 0.75em; line-height: 1.8',
  'progress-status': 'display: inline-block; margin-right: 0.75em; padding: 0 0.65em; border-radius: 999px; font-size: 0.85em; font-weight: 600; line-height: 1.7; white-space: nowrap',
  'progress-status-normal': 'color: #1b6e1b; background-color: #dff3dc',
  'progress-status-risk': 'color: #8f4a00; background-color: #fdebd3',
  'progress-status-delayed': 'color: #b3261e; background-color: #fde2e1',
  'progress-status-none': 'color: #4a4f57; background-color: #e8eaed',
  'progress-progress': 'display: inline-block; margin-right: 0.75em; white-space: nowrap',
  'progress-bar': 'display: inline-block; width: 7.5em; height: 0.5em; margin-right: 0.5em; border-radius: 0.25em; background-color: rgba(128, 128, 128, 0.25); vertical-align: middle; overflow: hidden',
  'progress-bar-fill': 'display: block; height: 100%; border-radius: 0.25em; background-color: #3370ff',
  'progress-percent': 'font-weight: 600; font-variant-numeric: tabular-nums',
  'progress-updated': 'display: inline-block; opacity: 0.7; font-size: 0.875em; white-space: nowrap',
  // An objective with its key results (okr-content/v2, renderObjective).
  objective: 'overflow-wrap: anywhere',
  'objective-heading': 'margin: 0 0 0.5em; line-height: 1.8',
  'objective-tag': 'display: inline-block; margin-right: 0.6em; padding: 0 0.55em; border-radius: 0.3em; font-size: 0.85em; font-weight: 700; line-height: 1.7; color: #1d4ed8; background-color: #e1eaff',
  'objective-facts': 'display: inline-block; margin-right: 0.9em; opacity: 0.7; font-size: 0.875em; white-space: nowrap',
  'objective-section': 'margin: 1em 0 0.5em; font-size: 0.8em; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; opacity: 0.7',
  'key-results': 'margin: 1.25em 0 0',
  'key-result': 'margin: 0 0 1.25em; padding: 0 0 0 0.9em; border-left: 3px solid rgba(128, 128, 128, 0.3)',
  'progress-entry': 'margin: 0.6em 0; padding: 0.5em 0.85em 0.1em; border-radius: 0.5em; background-color: rgba(128, 128, 128, 0.08)'
} as const

export type RecordPart = keyof typeof parts

export const statusPart: Record<ProgressStatus, RecordPart> = {
  '-1': 'progress-status-none',
  0: 'progress-status-normal',
  1: 'progress-status-risk',
  2: 'progress-status-delayed'
}

/** The class names of parts (`okr-progress-status okr-progress-status-risk`). */
function recordClass(prefix: string, ...names: RecordPart[]): string {
  return names.map((name) => prefix + name).join(' ')
}

/** The attributes that give `names` their look: a `style` or the classes (`extra` CSS goes inline in both). */
export function recordAttributes(inline: boolean, prefix: string, names: RecordPart[], extra = ''): Record<string, string> {
  const css = [...(inline ? names.map((name) => parts[name]) : []), extra].filter(Boolean).join('; ')
  // A record and an objective keep their class in both modes: it names them for pages and scripts.
  const named = names.includes('progress-record') || names.includes('objective')
  const attributes: Record<string, string> = !inline || named ? {class: recordClass(prefix, ...names)} : {}
  if (css) attributes.style = css
  return attributes
}

/** The CSS of the record's classes, for pages that use `styles: 'classes'`. */
export function recordStylesheet(prefix = 'okr-'): string {
  const selector = (name: string) => `.${cssIdentifier(prefix + name)}`
  return Object.entries(parts)
    .filter(([, css]) => css)
    .map(([name, css]) => `${selector(name)} { ${css}; }`)
    .concat('')
    .join('\n')
}
