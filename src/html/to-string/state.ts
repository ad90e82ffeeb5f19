import type {Color} from '../../model/types.js'
import type {ContentToHtmlOptions} from '../options.js'
import {formatColor} from '../../color-format.js'
import {createReporterFor, urlRule} from '../../messages.js'
import {defaultDocsUrl, docsUrlTest} from '../../docs-link.js'
import {isSafeUrl, type UrlUse} from '../../url.js'
import {escapeAttribute} from './escape.js'

/**
 * What the string writer's parts share: the options turned once into the
 * exact attribute strings the hast writer serializes (same attributes, same
 * order), the reporter, and the output being built.
 */
export interface StringState {
  options: ContentToHtmlOptions
  inline: boolean
  classPrefix: string
  /**
   * The output so far, by concatenation (V8 builds a rope; it is flattened
   * once, by whoever reads the result first).
   */
  out: string
  /**
   * The output before each list's opening tag, and the tag's slot: the tag
   * waits for the list's last item (`class="contains-task-list"`) and is
   * filled in when the list closes.
   */
  parts: string[]
  report: (ruleId: 'url', place?: undefined, detail?: string) => void
  /** Whether anybody listens: message details are built only then. */
  reporting: boolean
  isDocsUrl: (url: string) => boolean
  /** ` target="…" rel="…"`, or `''`. */
  linkAttributes: string
  /** `<p …>` of a paragraph. */
  paragraphOpen: string
  /** `<p>` / `<p class="…gallery">`. */
  galleryOpen: string
  /** `<blockquote …>` of an indent container. */
  indentOpen: string
  /** The attributes of a list item, task list item. */
  itemAttributes: string
  taskItemAttributes: string
  /** ` class="…mention"`. */
  mentionClass: string
  /** `<span style="…">` of the colors of a run, by packed color key. */
  colorTags: Map<number, string>
}

/** `docsUrlTest(true)`, made once: hot code calls one stable function. */
const isDefaultDocsUrl = (url: string) => defaultDocsUrl.test(url)

export function createStringState(options: ContentToHtmlOptions): StringState {
  const inline = (options.styles ?? 'inline') === 'inline'
  const classPrefix = options.classPrefix ?? 'okr-'
  // A class list is serialized joined by spaces and trimmed (space-separated-tokens).
  const classAttribute = (name: string) => ` class="${escapeAttribute((classPrefix + name).trim())}"`
  const presentation = (style: string, name: string) => (inline ? ` style="${style}"` : classAttribute(name))
  let linkAttributes = ''
  if (options.linkTarget) linkAttributes += ` target="${escapeAttribute(String(options.linkTarget))}"`
  // `noopener` keeps a page opened in another browsing context from reaching
  // back through `window.opener`; `noreferrer` keeps the record's URL private.
  const rel = options.linkRel ?? (options.linkTarget && options.linkTarget !== '_self' ? 'noopener noreferrer' : '')
  if (rel) linkAttributes += ` rel="${escapeAttribute(rel.split(/\s+/).filter(Boolean).join(' '))}"`
  return {
    options,
    inline,
    classPrefix,
    out: '',
    parts: [],
    report: createReporterFor(options, {url: urlRule}),
    reporting: Boolean(options.onMessage || options.file),
    isDocsUrl: options.docsLinks === undefined || options.docsLinks === true ? isDefaultDocsUrl : docsUrlTest(options.docsLinks),
    linkAttributes,
    paragraphOpen: `<p${presentation('white-space: pre-wrap', 'text')}>`,
    galleryOpen: inline ? '<p>' : `<p${classAttribute('gallery')}>`,
    indentOpen: `<blockquote${presentation('margin: 0 0 0 2em', 'indent')}>`,
    itemAttributes: presentation('white-space: pre-wrap', 'text'),
    taskItemAttributes: inline
      ? ' class="task-list-item" style="list-style-type: none; white-space: pre-wrap"'
      : ` class="${escapeAttribute(('task-list-item ' + classPrefix + 'text').trim())}"`,
    mentionClass: classAttribute('mention'),
    colorTags: new Map()
  }
}

/** Where a URL is: an element of a paragraph, or an image of a gallery. */
export type Place = 'paragraph' | 'gallery'

/**
 * The URL, or `undefined` (reported, rule `url`, with the path of the hast
 * writer: `blocks[3].paragraph.elements[1]`) when it is outside the policy.
 * `http:`/`https:` at the very start pass `isSafeUrl` for links and images
 * alike (no character before the scheme can be stripped), so they skip its
 * clean-up regexes.
 */
export function safeUrl(state: StringState, url: string, use: UrlUse, block: number, place: Place, index: number): string | undefined {
  if (url.startsWith('https:') || url.startsWith('http:') || isSafeUrl(url, use)) return url
  if (state.reporting) {
    const where = `blocks[${block}].${place === 'paragraph' ? 'paragraph.elements' : 'gallery.imageList'}[${index}]`
    state.report('url', undefined, `${where}: ${JSON.stringify(url.slice(0, 80))}`)
  }
  return undefined
}

/** A channel that packs into 8 bits and prints as itself. */
function byte(value: number): boolean {
  return (value & 255) === value
}

/** The key of an opaque color with byte channels (0..2^24-1), or -1. */
function colorKey(color: Color): number {
  const {red, green, blue, alpha} = color
  if ((alpha === undefined || alpha === 1) && byte(red) && byte(green) && byte(blue)) return (red << 16) | (green << 8) | blue
  return -1
}

/**
 * `<span style="color: …; background-color: …">` for a run's colors (at least
 * one given), cached for opaque colors: a document uses a handful.
 */
export function colorTag(state: StringState, textColor: Color | undefined, backColor: Color | undefined): string {
  const textKey = textColor ? colorKey(textColor) : -1
  const backKey = backColor ? colorKey(backColor) : -1
  const cacheable = (textColor === undefined || textKey !== -1) && (backColor === undefined || backKey !== -1)
  // Each key + 1 is below 2^25: the pair stays below 2^50, an exact double.
  const key = (textKey + 1) * 0x2000000 + (backKey + 1)
  if (cacheable) {
    const cached = state.colorTags.get(key)
    if (cached !== undefined) return cached
  }
  let css = ''
  if (textColor) css = `color: ${formatColor(textColor)}`
  if (backColor) css += `${css ? '; ' : ''}background-color: ${formatColor(backColor)}`
  const tag = `<span style="${escapeAttribute(css)}">`
  if (cacheable) state.colorTags.set(key, tag)
  return tag
}
