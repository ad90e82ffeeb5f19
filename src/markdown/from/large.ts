import type {Root} from 'mdast'
import {mayStartWithDefinition} from './definitions.js'
import {leadingColumns, type Section, shift, splitSections} from './sections.js'
import type {TextLimits} from './text-pieces.js'

/**
 * Reading long and pathological Markdown in linear time and bounded memory.
 * micromark's cost grows faster than the input in three places: long
 * documents with long nested lists (the whole-document parse), paragraphs
 * with many emphasis/link delimiters or of great length (its inline
 * resolution), and lines that open thousands of containers. So:
 *
 * 1. the document is read part by part (`planParts`: groups of sections cut
 *    where a cut provably does not change the tree, `sections.ts`), each
 *    part converted as soon as it is parsed, so that no whole-document tree
 *    is ever held; definitions, which are document-wide, are found first
 *    (`definitions.ts`);
 * 2. the inline text of a paragraph, heading or table cell longer than
 *    `maxParagraphLength` characters or with more than
 *    `maxParagraphDelimiters` delimiter units is tokenized in pieces
 *    (`text-pieces.ts`); markup spanning a cut is not recognised, so the cut
 *    is reported;
 * 3. a line that opens more than `maxNesting` containers (`>`, list markers)
 *    keeps the first `maxNesting`, and a line indented by more than
 *    `4 × maxNesting` columns is read as indented by that many: levels deeper
 *    than 16 are clamped anyway.
 */
export interface Limits extends TextLimits {
  maxNesting: number
}

export const defaultLimits: Limits = {maxParagraphLength: 10_000, maxParagraphDelimiters: 1_000, maxNesting: 64}

/**
 * A part of the source (whole lines), parsed on its own; its tree is shifted
 * to where it stands. `continuesList`: it starts inside a top-level ordered
 * list, whose numbering its first list continues.
 */
type Part = Section

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
 * `minPartLength` characters; a part starts at a cut into a top-level
 * ordered list so that it can continue the numbering. A document no longer
 * than one part is one part, without finding its sections (that would cost a
 * small document a few percent). In a document with definitions, a run of
 * sections that start with one is kept apart from other sections (unless
 * either is shorter than `minPartLength / 8`): a part of only definitions is
 * read once, not twice (`definitions.ts`).
 */
export function planParts(source: string, minPartLength = 2048): Part[] {
  if (source.length <= minPartLength) return [{start: 0, end: source.length, line: 1}]
  const apart = source.includes(']:')
  const parts: Part[] = []
  let group: Part | undefined
  let groupDefines = false
  for (const section of splitSections(source, {minSectionLength: 0, cutBulletItems: true})) {
    const defines = apart && mayStartWithDefinition(source, section.start)
    if (group && (section.continuesList || (defines !== groupDefines && group.end - group.start >= minPartLength / 8))) {
      parts.push(group)
      group = undefined
    }
    if (!group) {
      group = {...section}
      groupDefines = defines
    } else group.end = section.end
    if (group.end - group.start >= minPartLength) {
      parts.push(group)
      group = undefined
    }
  }
  if (group) parts.push(group)
  return parts
}

/**
 * A table with more columns than this is read as text (`wideTable`):
 * GFM's table costs micromark some 30 µs a cell (its cells resolved through
 * an edit map, row by row), so a row of thousands of one-character cells
 * converts at 1/15 of the rate of real text. Real tables have tens.
 */
export const maxTableColumns = 128

/**
 * Where a line of `text` that may be a table's delimiter row (`|`, `-`, `:`
 * and white space only, with a `-`) has more than `maxTableColumns` cells
 * (pipes less one: a row between edge pipes)
 * starts, or -1. Linear; a text with fewer `|` in all is not looked into.
 */
export function wideTable(text: string): number {
  let pipes = 0
  for (let index = text.indexOf('|'); index !== -1 && pipes <= maxTableColumns + 1; index = text.indexOf('|', index + 1)) pipes++
  if (pipes <= maxTableColumns + 1) return -1
  let start = 0
  pipes = 0
  let dash = false
  for (let index = 0; index <= text.length; index++) {
    const character = text[index]
    if (character === undefined || character === '\n' || character === '\r') {
      if (pipes > maxTableColumns + 1 && dash) return start
      start = index + 1
      pipes = 0
      dash = false
    } else if (character === '|') pipes++
    else if (character === '-') dash = true
    else if (character !== ':' && character !== ' ' && character !== '\t') {
      // Not a delimiter row: on to the next line.
      while (index + 1 < text.length && text[index + 1] !== '\n' && text[index + 1] !== '\r') index++
      pipes = 0
      dash = false
    }
  }
  return -1
}

/** Move every point of a tree parsed from a part to where the part stands. */
export function shiftTree(tree: Root, part: Pick<Part, 'start' | 'line'>): void {
  shift(tree, part.line - 1, part.start)
}
