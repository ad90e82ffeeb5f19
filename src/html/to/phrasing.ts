import {docsLinkAttribute, docsLinkMarkers} from '../../dialect/docs-link.js'
import {wellFormed} from '../../model/normalize.js'
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
 * Marks nest outermost first: link `<a>`, colors `<span style>`, bold
 * `<strong>`, strike `<del>`. As in prosemirror-markdown, neighbouring runs
 * share the marks they have in common: only the difference is closed and
 * opened.
 */

const LINK = 0
const COLOR = 1
const BOLD = 2
const STRIKE = 3

/** Anything normalization or escaping would touch in a text. */
const special = /[\0\r\n&<\uD800-\uDFFF]/
const malformed = /[\0\uD800-\uDFFF]/
const lineFeeds = /(\n+)/

function clean(value: string): string {
  return malformed.test(value) ? wellFormed(value) : value
}

/** Equal once serialized by `JSON.stringify` (how normalization compares styles). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  const left = typeof a === 'number' && !Number.isFinite(a) ? null : a
  const right = typeof b === 'number' && !Number.isFinite(b) ? null : b
  return left === right
}

function sameColor(a: Color | undefined, b: Color | undefined): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined) return false
  return sameJson(a.red, b.red) && sameJson(a.green, b.green) && sameJson(a.blue, b.blue) && sameJson(a.alpha ?? 1, b.alpha ?? 1)
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
  bold: boolean
  strike: boolean
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
    bold: false,
    strike: false,
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
  let bold = false
  let strike = false
  let textColor: Color | undefined
  let backColor: Color | undefined
  let link: string | undefined
  if (style) {
    if (style.bold) bold = true
    if (style.strikeThrough) strike = true
    if (style.textColor) textColor = style.textColor
    if (style.backColor) backColor = style.backColor
    if (style.link) link = clean(style.link.url)
  }
  const styled = bold || strike || textColor !== undefined || backColor !== undefined || link !== undefined
  // One scan: most text needs neither normalization nor escaping.
  if (!special.test(value)) {
    if (value !== '') part(writer, value, true, styled, bold, strike, textColor, backColor, link)
    return
  }
  let text = clean(value)
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n')
  // A line break shows no style: it is kept as a run of its own, unstyled.
  if (styled && text.includes('\n')) {
    for (const piece of text.split(lineFeeds)) {
      if (piece === '') continue
      if (piece.charCodeAt(0) === 10) part(writer, piece, false, false, false, false, undefined, undefined, undefined)
      else part(writer, piece, false, true, bold, strike, textColor, backColor, link)
    }
    return
  }
  if (text !== '') part(writer, text, false, styled, bold, strike, textColor, backColor, link)
}

function part(
  writer: InlineWriter,
  text: string,
  plain: boolean,
  styled: boolean,
  bold: boolean,
  strike: boolean,
  textColor: Color | undefined,
  backColor: Color | undefined,
  link: string | undefined
): void {
  if (writer.pending) {
    if (
      styled === writer.styled &&
      (!styled ||
        (bold === writer.bold &&
          strike === writer.strike &&
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
  writer.bold = bold
  writer.strike = strike
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
    if (writer.link !== undefined) {
      const href = safeUrl(state, writer.link, 'link', writer.block, 'paragraph', writer.pendingElement)
      if (href !== undefined) {
        // A link the reader would take for a document link stays a link.
        if (!writer.lazyDocsTest) docsMarker = state.isDocsUrl(href)
        kinds[count] = LINK
        values[count++] = href
      }
    }
    if (writer.textColor !== undefined || writer.backColor !== undefined) {
      kinds[count] = COLOR
      values[count++] = colorTag(state, writer.textColor, writer.backColor)
    }
    if (writer.bold) {
      kinds[count] = BOLD
      values[count++] = ''
    }
    if (writer.strike) {
      kinds[count] = STRIKE
      values[count++] = ''
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
    } else tag = kind === COLOR ? (value as Tag) : kind === BOLD ? state.elements.strong : state.elements.del
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
