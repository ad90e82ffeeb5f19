import {colorCss} from '../../dialect/css/write.js'
import {flagMarks} from '../../model/format.js'
import {defaultDocsUrl, docsUrlTest} from '../../dialect/docs-link.js'
import {createReporterFor, urlRule} from '../../messages.js'
import type {Color} from '../../model/types.js'
import {isSafeUrl, type UrlUse} from '../../dialect/url.js'
import type {ContentToHtmlOptions} from '../options.js'
import type {Attributes, HtmlSink, Tag} from './sink.js'
import {checkboxCss, checkedBoxCss, mentionCss} from './stylesheet.js'

/**
 * What the writer's parts share: the sink, the options turned once into the
 * elements the writer uses again and again (made ready by the sink once),
 * the URL policy and its messages.
 */
export interface WriterState {
  sink: HtmlSink<unknown>
  options: ContentToHtmlOptions
  inline: boolean
  classPrefix: string
  report: (ruleId: 'url', place?: undefined, detail?: string) => void
  /** Whether anybody listens: message details are built only then. */
  reporting: boolean
  isDocsUrl: (url: string) => boolean
  /** `target` and `rel` of every link (`undefined`: none). */
  link: Attributes | undefined
  /** The elements used again and again, made by the sink. */
  elements: Elements
  /** The `<span>` of a run's colors, by packed key (opaque colors only). */
  colors: Map<number, Tag>
}

/** The elements a document uses again and again, by style mode and class prefix. */
export interface Elements {
  /** The class of a mention, and its style in inline mode. */
  mentionClass: string
  mentionStyle: string | undefined
  paragraph: Tag
  gallery: Tag
  indent: Tag
  /** A list item, a task list item: their attributes (an item may add `value`), and their tags. */
  itemAttributes: Attributes
  taskItemAttributes: Attributes
  item: Tag
  taskItem: Tag
  /** The tag of each flag mark (`flagMarks` of the format table: `<strong>`, `<del>`), then `<br>`, a checkbox, a checked box, a task list's `<ul>`. */
  flags: Tag[]
  br: Tag
  checkbox: Tag
  checkedBox: Tag
  taskList: Tag
  bulletList: Tag
  orderedList: Tag
}

/** `docsUrlTest(true)`, made once: hot code calls one stable function. */
const isDefaultDocsUrl = (url: string) => defaultDocsUrl.test(url)

export function createWriterState(sink: HtmlSink<unknown>, options: ContentToHtmlOptions): WriterState {
  const inline = (options.styles ?? 'inline') === 'inline'
  const classPrefix = options.classPrefix ?? 'okr-'
  const link: Record<string, string> = {}
  if (options.linkTarget) link.target = String(options.linkTarget)
  // `noopener` keeps a page opened in another browsing context from reaching
  // back through `window.opener`; `noreferrer` keeps the record's URL private.
  const rel = options.linkRel ?? (options.linkTarget && options.linkTarget !== '_self' ? 'noopener noreferrer' : '')
  const relTokens = rel.split(/\s+/).filter(Boolean).join(' ')
  if (relTokens) link.rel = relTokens
  return {
    sink,
    options,
    inline,
    classPrefix,
    report: createReporterFor(options, {url: urlRule}),
    reporting: Boolean(options.onMessage || options.file),
    isDocsUrl: options.docsLinks === undefined || options.docsLinks === true ? isDefaultDocsUrl : docsUrlTest(options.docsLinks),
    link: Object.keys(link).length > 0 ? link : undefined,
    elements: elementsFor(sink, inline, classPrefix),
    colors: new Map()
  }
}

/** The last elements made, by sink kind: most callers write many documents with the same options. */
const lastElements = new Map<string, Elements>()

function elementsFor(sink: HtmlSink<unknown>, inline: boolean, classPrefix: string): Elements {
  const key = `${sink.kind} ${inline} ${classPrefix}`
  const last = lastElements.get(key)
  if (last) return last
  // A class list as hast writes it (space-separated-tokens): trimmed (by
  // JavaScript's trim), its tokens joined by one space.
  const classList = (value: string) => value.trim().split(/[ \t\n\f\r]+/).join(' ')
  const className = (name: string) => classList(classPrefix + name)
  const presentation = (style: string, name: string): Attributes => (inline ? {style} : {class: className(name)})
  const itemAttributes = presentation('white-space: pre-wrap', 'text')
  const taskItemAttributes: Attributes = inline
    ? {class: 'task-list-item', style: 'list-style-type: none; white-space: pre-wrap'}
    : {class: classList(`task-list-item ${classPrefix}text`)}
  const elements: Elements = {
    mentionClass: className('mention'),
    mentionStyle: inline ? mentionCss : undefined,
    paragraph: sink.tag('p', presentation('white-space: pre-wrap', 'text')),
    gallery: sink.tag('p', inline ? undefined : {class: className('gallery')}),
    indent: sink.tag('blockquote', presentation('margin: 0 0 0 2em', 'indent')),
    itemAttributes,
    taskItemAttributes,
    item: sink.tag('li', itemAttributes),
    taskItem: sink.tag('li', taskItemAttributes),
    flags: flagMarks.map((row) => sink.tag(row.html.write)),
    br: sink.tag('br'),
    checkbox: sink.tag('input', inline ? {type: 'checkbox', disabled: true, style: checkboxCss} : {type: 'checkbox', disabled: true}),
    checkedBox: sink.tag(
      'input',
      inline ? {type: 'checkbox', disabled: true, checked: true, style: checkedBoxCss} : {type: 'checkbox', disabled: true, checked: true}
    ),
    taskList: sink.tag('ul', {class: 'contains-task-list'}),
    bulletList: sink.tag('ul'),
    orderedList: sink.tag('ol')
  }
  // One entry: most callers write many documents with the same options.
  lastElements.clear()
  lastElements.set(key, elements)
  return elements
}

/**
 * The URL, or `undefined` when it is outside the policy: reported (rule
 * `url`) with its path in the caller's tree (`blocks[3].paragraph.elements[1]`).
 * `http:`/`https:` at the very start pass `isSafeUrl` for links and images
 * alike (nothing before the scheme can be stripped), so they skip its
 * clean-up regexes.
 */
export function safeUrl(
  state: WriterState,
  url: string,
  use: UrlUse,
  block: number,
  place: 'paragraph' | 'gallery',
  index: number
): string | undefined {
  if (url.startsWith('https:') || url.startsWith('http:') || isSafeUrl(url, use)) return url
  if (state.reporting) {
    const path = `blocks[${block}].${place === 'paragraph' ? 'paragraph.elements' : 'gallery.imageList'}[${index}]`
    state.report('url', undefined, `${path}: ${JSON.stringify(url.slice(0, 80))}`)
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
 * `<span style="color: …; background-color: …">` for a run's colors (at
 * least one given), made once per pair of opaque colors: a document uses a
 * handful.
 */
export function colorTag(state: WriterState, textColor: Color | undefined, backColor: Color | undefined): Tag {
  const textKey = textColor ? colorKey(textColor) : -1
  const backKey = backColor ? colorKey(backColor) : -1
  const cacheable = (textColor === undefined || textKey !== -1) && (backColor === undefined || backKey !== -1)
  // Each key + 1 is below 2^25: the pair stays below 2^50, an exact double.
  const key = (textKey + 1) * 0x2000000 + (backKey + 1)
  if (cacheable) {
    const cached = state.colors.get(key)
    if (cached !== undefined) return cached
  }
  const tag = state.sink.tag('span', {style: colorCss({textColor, backColor})})
  if (cacheable) state.colors.set(key, tag)
  return tag
}
