import type {Paragraph, Root, RootContent} from 'mdast'
import {leadingColumns, shift, splitSections} from './sections.js'

/**
 * Reading long and pathological Markdown in linear time and bounded memory.
 * micromark's cost grows faster than the input in three places: long
 * documents with long nested lists (the whole-document parse), paragraphs
 * with many emphasis/link delimiters or of great length (its inline
 * resolution), and lines that open thousands of containers. So:
 *
 * 1. the document is read section by section (`splitSections`: cuts that
 *    provably do not change the tree), each section converted as soon as it
 *    is parsed, so that no whole-document tree is ever held;
 * 2. a top-level paragraph longer than `maxParagraphLength` characters or
 *    with more than `maxParagraphDelimiters` delimiter runs (`*`, `_`, `~`
 *    runs, `[`, `]`) is parsed in pieces, cut at a space before a letter
 *    where brackets, code spans, tags and emphasis runs are balanced if there
 *    is one; markup spanning a cut is not recognised, so the cut is reported;
 * 3. a line that opens more than `maxNesting` containers (`>`, list markers)
 *    keeps the first `maxNesting`, and a line indented by more than
 *    `4 × maxNesting` columns is read as indented by that many: levels deeper
 *    than 16 are clamped anyway.
 *
 * Documents with link reference definitions (`]:`) are parsed section by
 * section with every definition (`parseInSections`) and converted whole.
 */
export interface Limits {
  maxParagraphLength: number
  maxParagraphDelimiters: number
  maxNesting: number
}

export const defaultLimits: Limits = {maxParagraphLength: 10_000, maxParagraphDelimiters: 1_000, maxNesting: 64}

/** A part of the source, parsed on its own; its tree is shifted to where it stands. */
export interface Part {
  start: number
  end: number
  /** 1-based line and column where `start` is. */
  line: number
  column: number
  /** The pieces of an oversized paragraph, to parse one by one and merge. */
  pieces?: Part[]
  /** It starts inside a top-level ordered list: its first list continues the numbering. */
  continuesList?: boolean
}

const containerMarker = /[ ]{0,3}(?:>[ ]?|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|(?=[\r\n]|$)))/y

/**
 * Keep at most `max` container markers at the start of each line, and at
 * most `4 × max` columns of indentation (nesting by indentation).
 */
export function limitNesting(source: string, max: number): string {
  const maxIndent = 4 * max
  // Only markers right after markers, or deep indentation, can nest deeply.
  const deepIndent = new RegExp(`(?:^|[\\r\\n])[ \\t]{${Math.ceil(maxIndent / 4)},}`)
  if (!/(?:[>\-+*)]|\d\.)[ \t]*(?:[>\-+*]|\d)/.test(source) && !deepIndent.test(source)) return source
  const lines = source.split(/(\r\n|\r|\n)/)
  let changed = false
  for (let index = 0; index < lines.length; index += 2) {
    let line = lines[index]!
    const indent = /^[ \t]*/.exec(line)![0]
    if (leadingColumns(line) > maxIndent) {
      line = ' '.repeat(maxIndent) + line.slice(indent.length)
      lines[index] = line
      changed = true
    }
    let count = 0
    let keep = 0
    let position = 0
    while (position < line.length) {
      containerMarker.lastIndex = position
      if (!containerMarker.test(line)) break
      position = containerMarker.lastIndex
      if (++count === max) keep = position
    }
    if (count > max) {
      // The markers after the first `max` go; the rest of the line stays.
      lines[index] = line.slice(0, keep) + line.slice(position)
      changed = true
    }
  }
  return changed ? lines.join('') : source
}

/**
 * The parts to parse, in order: groups of sections of at least
 * `minPartLength` characters, except that an oversized top-level paragraph
 * that starts a section becomes a part of its own, cut into pieces.
 */
export function planParts(source: string, limits: Limits, minPartLength = 2048): Part[] {
  // A document no longer than one part, within the paragraph limits, is one
  // part: finding its sections would cost a small document a few percent
  // (the whole document is what the parts must agree with anyway).
  if (source.length <= minPartLength && source.length <= limits.maxParagraphLength && delimiterRuns(source) <= limits.maxParagraphDelimiters) {
    return [at(0, source.length, 1)]
  }
  const sections = splitSections(source, {minSectionLength: 0, cutBulletItems: true})
  const parts: Part[] = []
  let group: Part | undefined
  const flush = () => {
    if (group) parts.push(group)
    group = undefined
  }
  for (const section of sections) {
    const paragraph = leadingParagraph(source, section, limits)
    if (paragraph) {
      flush()
      if (paragraph.start > section.start) parts.push(at(section.start, paragraph.start, section.line))
      parts.push({...at(paragraph.start, paragraph.end, paragraph.line), pieces: pieces(source, paragraph, limits)})
      if (paragraph.end < section.end) parts.push(at(paragraph.end, section.end, lineOf(source, paragraph.end, paragraph)))
      continue
    }
    // A part that starts inside an ordered list must start at that cut.
    if (group && section.continuesList) flush()
    if (!group) group = {...at(section.start, section.end, section.line), continuesList: section.continuesList}
    else group.end = section.end
    if (group.end - group.start >= minPartLength) flush()
  }
  flush()
  return parts
}

function at(start: number, end: number, line: number): Part {
  return {start, end, line, column: 1}
}

/** The line of `offset`, counting from a known point before it. */
function lineOf(source: string, offset: number, from: {start: number; line: number}): number {
  let line = from.line
  for (let index = from.start; index < offset; index++) {
    const code = source.charCodeAt(index)
    if (code === 10 || (code === 13 && source.charCodeAt(index + 1) !== 10)) line++
  }
  return line
}

const blankLine = /^[ \t]*(?:\r\n|\r|\n)/y
const lineBreak = /\r\n|\r|\n/g
/** A first line that starts no other block. */
const plainStart = /^(?![ \t]|#|>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|`{3}|~{3}|<|\||\[\^)/
/** A line that could make the block something else than a paragraph. */
const notPlain = /^(?: {0,3}(?:#{1,6}(?:[ \t]|$)|>|[-+*][ \t]|\d{1,9}[.)][ \t]|`{3}|~{3}|<)|[ \t|:=*_-]*$)/

/** An oversized plain paragraph at the start of a section (after its blank lines), if any. */
function leadingParagraph(source: string, section: {start: number; end: number; line: number}, limits: Limits) {
  let offset = section.start
  let line = section.line
  blankLine.lastIndex = offset
  while (offset < section.end && blankLine.test(source)) {
    offset = blankLine.lastIndex
    line++
  }
  // The paragraph runs to the first blank line.
  let end = section.end
  lineBreak.lastIndex = offset
  for (let match = lineBreak.exec(source); match && match.index < section.end; match = lineBreak.exec(source)) {
    blankLine.lastIndex = lineBreak.lastIndex
    if (lineBreak.lastIndex >= section.end || blankLine.test(source)) {
      end = match.index
      break
    }
  }
  const text = source.slice(offset, end)
  if (text.length <= limits.maxParagraphLength && delimiterRuns(text) <= limits.maxParagraphDelimiters) return undefined
  if (!plainStart.test(text) || text.includes(']:')) return undefined
  if (text.split(/\r\n|\r|\n/).slice(1).some((next) => notPlain.test(next))) return undefined
  return {start: offset, end, line}
}

function delimiterRuns(text: string): number {
  return (text.match(/([*_~])\1*|[[\]]/g) ?? []).length
}

/**
 * Cut a paragraph into pieces of at most `maxParagraphLength` characters and
 * `maxParagraphDelimiters` delimiter runs: at a space before a letter (the
 * space joins them again), where brackets, code spans, tags and emphasis
 * runs are balanced if there is such a space; where there is no space before
 * a letter at all, anywhere (nothing joins them).
 */
function pieces(source: string, paragraph: {start: number; end: number; line: number}, limits: Limits): Part[] {
  const cuts: Array<{end: number; next: number}> = []
  let pieceStart = paragraph.start
  let runs = 0
  let balancedCut = -1
  let anyCut = -1
  let brackets = 0
  let ticks = 0
  let inTag = false
  let emphasis = 0 // one bit per marker: an odd number of runs of it so far
  const reset = (start: number) => {
    pieceStart = start
    runs = brackets = ticks = emphasis = 0
    balancedCut = anyCut = -1
    inTag = false
  }
  for (let index = paragraph.start; index < paragraph.end; index++) {
    const character = source[index]!
    if (inTag) {
      // Attributes are not markup.
      if (character === '>') inTag = false
    } else if (character === '*' || character === '_' || character === '~') {
      // A `_` run between letters or digits is intraword: never emphasis.
      const intraword = character === '_' && /[\p{L}\p{N}]/u.test(source[index - 1] ?? '') && /[\p{L}\p{N}_]/u.test(source[index + 1] ?? '')
      if (source[index - 1] !== character && !intraword) {
        runs++
        emphasis ^= character === '*' ? 1 : character === '_' ? 2 : 4
      }
    } else if (character === '[' || character === ']') {
      runs++
      brackets += character === '[' ? 1 : -1
    } else if (character === '`') {
      if (source[index - 1] !== '`') ticks ^= 1
    } else if (character === '<') inTag = true
    else if (character === ' ' && /\p{L}/u.test(source[index + 1] ?? '')) {
      anyCut = index
      if (brackets === 0 && !ticks && !inTag && !emphasis) balancedCut = index
    }
    const length = index + 1 - pieceStart
    if (length < limits.maxParagraphLength && runs < limits.maxParagraphDelimiters) continue
    // A balanced cut in the second half of the piece; failing that, read on
    // up to twice the limit for one, then take the latest space before a
    // letter, then any place. (What is read again after a cut stays under
    // half a piece.)
    const space =
      balancedCut >= pieceStart + length / 2
        ? balancedCut
        : length >= 2 * limits.maxParagraphLength || runs >= 2 * limits.maxParagraphDelimiters
          ? balancedCut > pieceStart
            ? balancedCut
            : anyCut
          : undefined
    if (space === undefined) continue
    if (space > pieceStart) {
      cuts.push({end: space, next: space + 1})
      reset(space + 1)
      index = space
    } else {
      cuts.push({end: index + 1, next: index + 1})
      reset(index + 1)
    }
  }

  // Where each piece starts: line and column, from one scan.
  const result: Part[] = []
  let line = paragraph.line
  let column = 1
  let from = paragraph.start
  let next = paragraph.start
  for (const cut of [...cuts, {end: paragraph.end, next: paragraph.end}]) {
    result.push({start: from, end: cut.end, line, column})
    for (; next < cut.next; next++) {
      const code = source.charCodeAt(next)
      if (code === 10 || (code === 13 && source.charCodeAt(next + 1) !== 10)) {
        line++
        column = 1
      } else column++
    }
    from = cut.next
  }
  return result
}

/** Merge the trees of a paragraph's pieces into one paragraph (`joins[i]` goes before piece i + 1). */
export function mergePieces(trees: Root[], joins: string[]): RootContent[] {
  const result: RootContent[] = []
  let current: Paragraph | undefined
  trees.forEach((tree, index) => {
    for (const child of tree.children) {
      if (child.type === 'paragraph' && current) {
        current.children.push({type: 'text', value: joins[index - 1] ?? ' '}, ...child.children)
        if (current.position && child.position) current.position.end = child.position.end
      } else {
        result.push(child)
        current = child.type === 'paragraph' ? child : undefined
      }
    }
  })
  return result
}

/** Move every point of a tree parsed from a part to where the part stands. */
export function shiftTree(tree: Root, part: Pick<Part, 'start' | 'line' | 'column'>): void {
  shift(tree, part.line - 1, part.start, part.column - 1)
}
