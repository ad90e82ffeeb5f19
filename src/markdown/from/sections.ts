/**
 * Where a long Markdown document can be cut into sections that parse, one
 * by one, to the tree of one parse (positions included), in linear time.
 * The rules and why they hold: ARCHITECTURE.md § "Reading Markdown in
 * parts"; proven by test/markdown/sections.property.test.ts.
 */
import type {Nodes, Root} from 'mdast'

interface SectionOptions {
  /** Do not cut sections shorter than this (characters). Default 2048. */
  minSectionLength?: number
  /**
   * Also cut a tight top-level bullet list between items: before a line at
   * column 0 that starts a bullet item with content, right after a non-blank
   * line, where no top-level HTML block can be open. The tree then holds two
   * lists where the document has one; every item keeps its kind, depth and
   * content, so the content is the same (markdownToContent uses this; the
   * tree-equality proof does not).
   */
  cutBulletItems?: boolean
}

const listItemLine = /^(?:([-+*])|\d{1,9}([.)]))[ \t]+\S/
const thematicBreak = /^(?:[-*_][ \t]*){3,}$/

/** A section of the source: [start, end) in code units, and its first line (1-based). */
export interface Section {
  start: number
  end: number
  line: number
  /** Cut inside a top-level ordered list: its first item continues the numbering. */
  continuesList?: boolean
}

const blank = /^[ \t]*$/
const listMarker = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/
/** Starts with a letter or digit: plain text, unless an ordered list item (checked apart). */
const startsWithText = /^[\p{L}\p{N}]/u
const fenceOpen = /^(`{3,}|~{3,})(.*)$/
const htmlRawStart = /^<(?:pre|script|style|textarea)(?=[\t >]|$)/i
const htmlRawEnd = /<\/(?:pre|script|style|textarea)>/i

type State =
  | {type: 'normal'}
  | {type: 'fence'; marker: string; size: number}
  | {type: 'html'; end: RegExp}
  | {type: 'unknown'}

/** Where the document may be cut: see the module comment. Always covers the whole source. */
export function splitSections(source: string, options: SectionOptions = {}): Section[] {
  const minLength = options.minSectionLength ?? 2048
  const sections: Section[] = []
  let state: State = {type: 'normal'}
  let sectionStart = 0
  let sectionLine = 1
  let sectionHasContent = false
  let previousBlank = true // the start of the document acts like a blank line before it
  let lastIndented = false // the last line that is not blank is indented 4 columns or more
  let chunkDoubtful = false
  let htmlInChunk = false
  /** The marker of the open top-level list (`-`, `*`, `+`, `.` or `)`), if known. */
  let topList: string | undefined
  /** The column where its last item's content starts, or more (an over-estimate only cuts less). */
  let topContent = 0
  /** Sections that start inside a top-level ordered list. */
  const continued = new Set<number>()
  let previousStart = 0 // where the previous line starts
  let previousEmpty = false // the previous line is empty (blank without spaces or tabs)
  let line = 1
  let offset = 0
  const ending = /\r\n|\r|\n/g
  while (offset <= source.length && state.type !== 'unknown') {
    ending.lastIndex = offset
    const match = ending.exec(source)
    const lineEnd = match ? match.index : source.length
    const next = match ? match.index + match[0].length : source.length + 1
    const text = source.slice(offset, lineEnd)
    const isBlank = blank.test(text)

    if (state.type === 'normal') {
      const item = listItemLine.exec(text)
      // 1–3: cut before this line?
      if (
        previousEmpty &&
        sectionHasContent &&
        !isBlank &&
        text[0] !== ' ' &&
        text[0] !== '\t' &&
        !listMarker.test(text) &&
        text[0] !== '>' &&
        !text.startsWith('[^') &&
        offset - sectionStart >= minLength
      ) {
        // The last blank line goes to the next section: a block still open
        // at the end of a section (a fenced code block in a list item) takes
        // in the blank lines up to the end of the input, while in the whole
        // document it takes all but the last one before the closing line.
        sections.push({start: sectionStart, end: previousStart, line: sectionLine})
        sectionStart = previousStart
        sectionLine = line - 1
      } else if (
        options.cutBulletItems &&
        topList !== undefined &&
        !previousBlank &&
        !htmlInChunk &&
        item !== null &&
        (item[1] ?? item[2]) === topList &&
        !thematicBreak.test(text) &&
        offset - sectionStart >= minLength
      ) {
        // The next item of a top-level list closes every open item and what
        // is in it: the rest reads the same alone, but as a list of its own,
        // whose numbering the reader continues.
        sections.push({start: sectionStart, end: offset, line: sectionLine})
        sectionStart = offset
        sectionLine = line
        if (item[2] !== undefined) continued.add(sections.length)
      }
      // Which top-level list is open, as far as column-0 lines tell.
      if (!isBlank && text[0] !== ' ' && text[0] !== '\t') {
        if (item && !thematicBreak.test(text)) {
          const marker = item[1] ?? item[2]!
          // An ordered item continues an open list of its kind; it starts one
          // after a blank line (it may not interrupt a paragraph), except
          // after indented code, where micromark lets only `1.` start one
          // (found by the property test: `    code\n\n2. d\n2. d` is code
          // and a paragraph).
          const afterCode = previousBlank && lastIndented && item[2] !== undefined && !/^1[.)]/.test(text)
          if (item[1] !== undefined || marker === topList || (previousBlank && !afterCode)) {
            topList = marker
            topContent = contentColumn(text)
          } else topList = undefined
        } else if (previousBlank || !startsWithText.test(text)) topList = undefined
        // (a plain line right after an item is its lazy continuation)
      } else if (!isBlank && topList !== undefined) {
        // An indented line left of the item's content is not in the item:
        // after a blank line, or when it opens a block (`  - g` under
        // `3) e`), it ends the top-level list (found by the property test:
        // `3) e\n  - g\n   1. h\n3) e` has three lists, not one).
        const indent = leadingColumns(text)
        const rest = text.trimStart()
        if (indent < topContent && (previousBlank || listMarker.test(rest) || !startsWithText.test(rest))) topList = undefined
      }
      if (!isBlank) state = opener(text, previousBlank, chunkDoubtful)
      if (!isBlank) lastIndented = leadingColumns(text) >= 4
    } else if (state.type === 'fence') {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(text)
      if (close && close[1]![0] === state.marker && close[1]!.length >= state.size) state = {type: 'normal'}
    } else if (state.type === 'html') {
      if (state.end.test(text)) state = {type: 'normal'}
    }

    if (isBlank) chunkDoubtful = htmlInChunk = false
    else {
      // A top-level HTML block (kinds 6, 7) runs to the next blank line.
      if (/^ {0,3}</.test(text)) htmlInChunk = true
      sectionHasContent = true
      if (text.includes('<') || text.includes('|')) chunkDoubtful = true
    }
    previousBlank = isBlank
    previousEmpty = text.length === 0
    previousStart = offset
    line++
    offset = next
  }
  sections.push({start: sectionStart, end: source.length, line: sectionLine})
  return sections.map((section, index) => (continued.has(index) ? {...section, continuesList: true} : section))
}

/** The columns of a line's leading spaces and tabs (tab stops of 4), counted from column `from`. */
export function leadingColumns(text: string, from = 0): number {
  let columns = from
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (character === ' ') columns++
    else if (character === '\t') columns += 4 - (columns % 4)
    else break
  }
  return columns - from
}

/**
 * Where the content of a list item that starts at column 0 starts: after the
 * marker and up to 4 columns of white space (with 5 or more, the content
 * starts 1 column after the marker: this over-estimates, which is safe).
 */
function contentColumn(text: string): number {
  const marker = /^(?:[-+*]|\d{1,9}[.)])/.exec(text)![0].length
  return marker + Math.min(4, leadingColumns(text.slice(marker), marker))
}

/** The state after a non-blank line read in the normal state. */
function opener(text: string, firstInChunk: boolean, chunkDoubtful: boolean): State {
  const indent = /^[ \t]*/.exec(text)![0]
  const columns = leadingColumns(text)
  if (columns >= 4) return {type: 'normal'} // indented code or nested content: closed by a column-0 line
  const rest = text.slice(indent.length)
  const fence = fenceOpen.exec(rest)
  const isFence = Boolean(fence && !(fence[1]![0] === '`' && fence[2]!.includes('`')))
  const html = isFence ? undefined : htmlOpener(rest)
  if (!isFence && html === undefined) return {type: 'normal'}
  // An opener indented 1–3 columns may be inside a list item; in a doubtful chunk it may be content.
  if (columns > 0 || (!firstInChunk && chunkDoubtful) || html === 'doubtful') return {type: 'unknown'}
  if (isFence) return {type: 'fence', marker: fence![1]![0]!, size: fence![1]!.length}
  return html!
}

/** An HTML block of kind 1–5 opened by this line (`normal` when it also closes on it). */
function htmlOpener(rest: string): State | 'doubtful' | undefined {
  let end: RegExp
  let after: number
  if (htmlRawStart.test(rest)) {
    end = htmlRawEnd
    after = 1
  } else if (rest.startsWith('<!--')) {
    if (rest.startsWith('<!-->') || rest.startsWith('<!--->')) return 'doubtful'
    end = /-->/
    after = 4
  } else if (rest.startsWith('<?')) {
    if (rest.startsWith('<?>')) return 'doubtful'
    end = /\?>/
    after = 2
  } else if (rest.startsWith('<![CDATA[')) {
    end = /\]\]>/
    after = 9
  } else if (/^<![A-Za-z]/.test(rest)) {
    end = />/
    after = 2
  } else return undefined
  return end.test(rest.slice(after)) ? {type: 'normal'} : {type: 'html', end}
}

/**
 * Move every point of a tree parsed from a slice of the source (whole lines)
 * to where the slice stands: `lines` lines and `offset` code units on. In
 * place, no recursion. (mdast-util-from-markdown gives every position points
 * of its own; a shared point would move twice, which the section property
 * test would see.)
 */
export function shift(tree: Root, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const position = node.position
    if (position) {
      position.start.line += lines
      position.end.line += lines
      if (position.start.offset !== undefined) position.start.offset += offset
      if (position.end.offset !== undefined) position.end.offset += offset
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
}
