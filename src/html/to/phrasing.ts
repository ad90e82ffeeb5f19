import {docsLinkAttribute, docsLinkMarkers} from '../../dialect/docs-link.js'
import {wellFormed} from '../../model/normalize.js'
import {flagMarks, markRows} from '../../model/format.js'
import {sameColor} from '../../model/style.js'
import type {Color, DocsLink, Element, Person, TextStyle} from '../../model/types.js'
import {mentionIdAttributes, personLabel} from '../../dialect/mention.js'
import type {Attributes, Tag} from './sink.js'
import {colorTag, safeUrl, type WriterState} from './state.js'

/**
 * The inline content of a paragraph or list item, written straight from the
 * input elements with `normalizeContent`'s element rules applied on the way
 * (so the tree is never copied):
 *
 * - text: U+0000 and lone surrogates → U+FFFD, CR LF / CR → LF; a styled
 *   run's line feeds are written unstyled;
 * - styles: `false` flags and empty styles dropped, alpha defaults to 1;
 * - empty runs dropped, adjacent runs with equal (normalized) styles merged:
 *   a merged run's link is checked (and reported, at its first element) once;
 * - docsLink titles on one line, empty titles and `userId`s dropped.
 *
 * Marks nest in the order of the format table (`model/format.ts`),
 * outermost first: link `<a>`, colors `<span style>`, then each flag mark's
 * tag (`<strong>`, `<del>`). As in prosemirror-markdown, neighbouring runs
 * share the marks they have in common: only the difference is closed and
 * opened. A flag mark is a bit of `flags`: a new one needs only its row.
 */

/** Mark kinds: the link, the color span, and flag mark `i` as `FLAG + i`. */
const LINK = 0
const COLOR = 1
const FLAG = 2

/** The kinds in the mark order of the table (a group of rows is one kind). */
const markOrder: number[] = []
for (const row of markRows) {
  const kind = row.value === 'link' ? LINK : row.value === 'color' ? COLOR : FLAG + flagMarks.indexOf(row as (typeof flagMarks)[number])
  if (!markOrder.includes(kind)) markOrder.push(kind)
}
/** Each flag mark's bit. */
const flagBits = flagMarks.map((row, index) => [row.name, 1 << index] as const)

/** Anything normalization or escaping would touch in a text. */
const special = /[\0\r\n&<\uD800-\uDFFF]/
const malformed = /[\0\uD800-\uDFFF]/
const lineFeeds = /(\n+)/

function clean(value: string): string {
  return malformed.test(value) ? wellFormed(value) : value
}

/**
 * One paragraph at a time. A run is held back ("pending") until the next
 * part shows whether it merges with it; then it is written.
 *
 * A plain record and functions rather than a class: the record's shape comes
 * from its literal (held by the literal's allocation site), whereas the shape
 * of a class instance, reached by adding fields, is held only weakly once
 * the instances are gone, so every full GC would throw the optimized code
 * away (V8: "deoptimization, reason: weak objects").
 */
interface InlineWriter {
  state: WriterState
  /** Whether `docsLinks` is a pure test (called only for links that open). */
  lazyDocsTest: boolean
  /** Open marks: kind, identity (href, color tag, or `''`), and tag. */
  openKinds: number[]
  openValues: Array<string | Tag>
  openTags: Tag[]
  newKinds: number[]
  newValues: Array<string | Tag>
  openCount: number
  /** Nothing shown yet; what is shown ends with a line break. */
  empty: boolean
  endsWithBreak: boolean
  /** Where the paragraph and the current element are in the caller's tree. */
  block: number
  element: number
  // The pending run, with its normalized style and the element it starts at.
  pending: boolean
  pendingElement: number
  text: string
  /** Whether the pending text holds nothing to escape (one scan decides both). */
  plain: boolean
  styled: boolean
  /** The flag marks, one bit each (`flagBits`). */
  flags: number
  textColor: Color | undefined
  backColor: Color | undefined
  link: string | undefined
}

export function createInlineWriter(state: WriterState): InlineWriter {
  const option = state.options.docsLinks
  return {
    state,
    lazyDocsTest: option === undefined || typeof option === 'boolean' || (option instanceof RegExp && !option.global && !option.sticky),
    openKinds: [],
    openValues: [],
    openTags: [],
    newKinds: [],
    newValues: [],
    openCount: 0,
    empty: true,
    endsWithBreak: false,
    block: 0,
    element: 0,
    pending: false,
    pendingElement: 0,
    text: '',
    plain: true,
    styled: false,
    flags: 0,
    textColor: undefined,
    backColor: undefined,
    link: undefined
  }
}

/** Write the content of the paragraph at `blocks[block]`, and the `<br>` it may need. */
export function writeInline(writer: InlineWriter, elements: Element[], block: number): void {
  writer.block = block
  writer.empty = true
  writer.endsWithBreak = false
  writer.pending = false
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index]!
    writer.element = index
    if (element.type === 'textRun') textRun(writer, element.textRun.text, element.textRun.style)
    else {
      if (writer.pending) flush(writer)
      closeMarks(writer, 0)
      if (element.type === 'docsLink') docsLink(writer, element.docsLink)
      else person(writer, element.person)
    }
  }
  if (writer.pending) flush(writer)
  closeMarks(writer, 0)
  // A trailing `<br>` shows nothing in a browser: one more when the content
  // is empty (the line must still show) or ends with a line break.
  if (writer.empty || writer.endsWithBreak) writer.state.sink.empty(writer.state.elements.br)
}

function textRun(writer: InlineWriter, value: string, style: TextStyle | undefined): void {
  // Invalid input must fail (the caller then explains why), not be written.
  if (typeof value !== 'string') throw new TypeError('textRun.text must be a string')
  let flags = 0
  let textColor: Color | undefined
  let backColor: Color | undefined
  let link: string | undefined
  if (style) {
    for (let index = 0; index < flagBits.length; index++) if (style[flagBits[index]![0]]) flags |= flagBits[index]![1]
    if (style.textColor) textColor = style.textColor
    if (style.backColor) backColor = style.backColor
    if (style.link) link = clean(style.link.url)
  }
  const styled = flags !== 0 || textColor !== undefined || backColor !== undefined || link !== undefined
  // One scan: most text needs neither normalization nor escaping.
  if (!special.test(value)) {
    if (value !== '') part(writer, value, true, styled, flags, textColor, backColor, link)
    return
  }
  let text = clean(value)
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n')
  // A line break shows no style: it is kept as a run of its own, unstyled.
  if (styled && text.includes('\n')) {
    for (const piece of text.split(lineFeeds)) {
      if (piece === '') continue
      if (piece.charCodeAt(0) === 10) part(writer, piece, false, false, 0, undefined, undefined, undefined)
      else part(writer, piece, false, true, flags, textColor, backColor, link)
    }
    return
  }
  if (text !== '') part(writer, text, false, styled, flags, textColor, backColor, link)
}

function part(
  writer: InlineWriter,
  text: string,
  plain: boolean,
  styled: boolean,
  flags: number,
  textColor: Color | undefined,
  backColor: Color | undefined,
  link: string | undefined
): void {
  if (writer.pending) {
    if (
      styled === writer.styled &&
      (!styled ||
        (flags === writer.flags &&
          link === writer.link &&
          sameColor(textColor, writer.textColor) &&
          sameColor(backColor, writer.backColor)))
    ) {
      writer.text += text
      writer.plain &&= plain
      return
    }
    flush(writer)
  }
  writer.pending = true
  writer.pendingElement = writer.element
  writer.text = text
  writer.plain = plain
  writer.styled = styled
  writer.flags = flags
  writer.textColor = textColor
  writer.backColor = backColor
  writer.link = link
}

/** Write the pending run: its marks (sharing what is open), then its text. */
function flush(writer: InlineWriter): void {
  const state = writer.state
  const sink = state.sink
  const kinds = writer.newKinds
  const values = writer.newValues
  let count = 0
  let docsMarker = false
  if (writer.styled) {
    for (let order = 0; order < markOrder.length; order++) {
      const kind = markOrder[order]!
      if (kind === LINK) {
        if (writer.link === undefined) continue
        const href = safeUrl(state, writer.link, 'link', writer.block, 'paragraph', writer.pendingElement)
        if (href === undefined) continue
        // A link the reader would take for a document link stays a link.
        if (!writer.lazyDocsTest) docsMarker = state.isDocsUrl(href)
        kinds[count] = LINK
        values[count++] = href
      } else if (kind === COLOR) {
        if (writer.textColor === undefined && writer.backColor === undefined) continue
        kinds[count] = COLOR
        values[count++] = colorTag(state, writer.textColor, writer.backColor)
      } else if (writer.flags & (1 << (kind - FLAG))) {
        kinds[count] = kind
        values[count++] = ''
      }
    }
  }
  const openKinds = writer.openKinds
  const openValues = writer.openValues
  let shared = 0
  while (shared < writer.openCount && shared < count && openKinds[shared] === kinds[shared] && openValues[shared] === values[shared]) {
    shared++
  }
  closeMarks(writer, shared)
  for (let index = shared; index < count; index++) {
    const kind = kinds[index]!
    const value = values[index]!
    let tag: Tag
    if (kind === LINK) {
      if (writer.lazyDocsTest) docsMarker = state.isDocsUrl(value as string)
      tag = sink.tag('a', linkAttributes(state, value as string, docsMarker ? docsLinkMarkers.link : undefined))
    } else tag = kind === COLOR ? (value as Tag) : state.elements.flags[kind - FLAG]!
    sink.open(tag)
    openKinds[index] = kind
    openValues[index] = value
    writer.openTags[index] = tag
  }
  writer.openCount = count
  const text = writer.text
  sink.text(text, writer.plain)
  writer.empty = false
  writer.endsWithBreak = text.charCodeAt(text.length - 1) === 10
  writer.pending = false
}

/** `<a href target rel data-docs-link>`: the docs-link marker, if any, last. */
function linkAttributes(state: WriterState, href: string, docsMarker: string | undefined): Attributes {
  if (state.link === undefined) return docsMarker === undefined ? {href} : {href, [docsLinkAttribute]: docsMarker}
  const attributes: Record<string, string | true> = {href, ...state.link}
  if (docsMarker !== undefined) attributes[docsLinkAttribute] = docsMarker
  return attributes
}

/** Close the open marks down to `keep`. */
function closeMarks(writer: InlineWriter, keep: number): void {
  const sink = writer.state.sink
  for (let index = writer.openCount - 1; index >= keep; index--) sink.close(writer.openTags[index]!)
  writer.openCount = keep
}

/**
 * `<a href data-docs-link="">title</a>`; untitled: its URL, marked
 * `untitled`. Outside the URL policy: its title (or URL) as plain text.
 */
function docsLink(writer: InlineWriter, docsLink: DocsLink): void {
  const state = writer.state
  const url = clean(docsLink.url)
  const title = docsLink.title ? clean(docsLink.title).replace(/\r\n?|\n/g, ' ') : undefined
  const shown = title ? title : url
  const href = safeUrl(state, url, 'link', writer.block, 'paragraph', writer.element)
  if (href === undefined) {
    // Shown as text, so its line breaks are text's: CR and CRLF are LF.
    const text = shown.replace(/\r\n?/g, '\n')
    if (text !== '') {
      state.sink.text(text)
      writer.empty = false
      writer.endsWithBreak = text.charCodeAt(text.length - 1) === 10
    }
    return
  }
  const tag = state.sink.tag('a', linkAttributes(state, href, title ? docsLinkMarkers.titled : docsLinkMarkers.untitled))
  state.sink.open(tag)
  state.sink.text(shown)
  state.sink.close(tag)
  writer.empty = false
  writer.endsWithBreak = false
}

/**
 * `<span class="okr-mention" data-open-id data-user-id>@Name</span>`, an `<a>`
 * when `people` or `resolvePerson` gives a profile URL inside the policy. The label is
 * display only: readers take the ids.
 */
function person(writer: InlineWriter, person: Person): void {
  const state = writer.state
  const {openId, userId} = person
  const options = state.options
  const display = options.people || options.resolvePerson ? personLabel(userId ? {openId, userId} : {openId}, options) : {name: openId, href: undefined}
  const attributes: Record<string, string> = {class: state.elements.mentionClass}
  if (state.elements.mentionStyle) attributes.style = state.elements.mentionStyle
  mentionIdAttributes(person, attributes)
  const label = '@' + display.name
  const href = display.href === undefined ? undefined : safeUrl(state, display.href, 'link', writer.block, 'paragraph', writer.element)
  const tag = href === undefined ? state.sink.tag('span', attributes) : state.sink.tag('a', {...linkAttributes(state, href, undefined), ...attributes})
  state.sink.open(tag)
  state.sink.text(label)
  state.sink.close(tag)
  writer.empty = false
  writer.endsWithBreak = label.charCodeAt(label.length - 1) === 10
}
