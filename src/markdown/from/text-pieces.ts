/**
 * Reading the inline text of a paragraph, heading or table cell in pieces.
 *
 * micromark resolves emphasis and links over the whole inline text of a
 * block at once, at a cost that grows with delimiters × length (a closer
 * looks back over every event for its opener, a match copies the events it
 * encloses, a code span or tag looks ahead for its end), so one long text,
 * or one with many `*`, `_`, `~`, `[`, `]`, `<` or backticks, takes time
 * that grows faster than its length, wherever it stands (in a list item, a
 * block quote, a heading or a table cell as well). Text over the limits is
 * therefore tokenized in pieces, each by its own micromark text tokenizer,
 * and their events are joined: the tree still has one paragraph (heading,
 * cell) with exact positions, but markup across a cut is not recognised, so
 * each cut text is reported (`paragraph-split`).
 *
 * This wraps micromark's `parser.text` (a typed field of its parse context):
 * the wrapper passes a short text's lines straight through to one
 * tokenizer, and writes a long one, when its last line comes, to one
 * tokenizer per piece.
 */
import type {Chunk, Create, Event, Point, TokenizeContext} from 'micromark-util-types'
import {InlineCost} from './cost.js'

export interface TextLimits {
  /** A text longer than this (characters) is read in pieces. */
  maxParagraphLength: number
  /** A text with more delimiter units than this is read in pieces (see `delimiterUnit`). */
  maxParagraphDelimiters: number
}

/** A text read in pieces: where it is (in the parsed string) and into how many. */
export interface TextSplit {
  start: {line: number; column: number; offset: number}
  end: {line: number; column: number; offset: number}
  pieces: number
  /** Cut because its markup would cost micromark more than the bound (`cost.ts`), not for its length or delimiters. */
  overCost: boolean
  /** Pieces read as literal text (`literalDensity`). */
  literal: number
}

/** One `write` of micromark to the text tokenizer: a line, and how micromark had set up the tokenizer for it. */
interface Write {
  chunks: Chunk[]
  /** The point where this line's text starts after container prefixes (`defineSkip`), from the second line on. */
  skip: Point | undefined
  /** The flag GFM task list items read on the first line of a list item's first paragraph. */
  taskList: boolean | undefined
}

type Position = TextSplit['start']

/**
 * `parser.text` reading every text over `limits` in pieces; `onSplit` hears
 * of each. `literal` creates a text tokenizer that reads no inline markup.
 */
export function textInPieces(create: Create, literal: Create, limits: TextLimits, onSplit: (split: TextSplit) => void): Create {
  return (from) => new TextInPieces(create, literal, from, limits, onSplit) as unknown as TokenizeContext
}

/**
 * A piece of a text cut for its delimiters or its cost with at least this
 * many delimiter units a character is read as literal text: micromark's
 * events (and mdast-util-from-markdown's work on each) come at a cost a
 * character that no bound on the piece can lower. Real text is far sparser
 * (a link every few words is about 1/20).
 */
const literalDensity = 1 / 5
/** …and at least this many units. */
const literalUnits = 32

/**
 * What micromark sees as the text tokenizer of one paragraph, heading or
 * cell: it writes a short text straight through to one tokenizer, and a
 * long one, once it has it all, to one tokenizer per piece.
 */
class TextInPieces {
  /** micromark holds on to this array before writing: the events of every piece go into it. */
  events: Event[]
  _gfmTasklistFirstContentOfListItem: boolean | undefined = undefined
  _contentTypeTextTrailing: boolean | undefined = undefined
  /** The tokenizer of a short text, or of what was written while the text was short. */
  private readonly first: TokenizeContext
  private readonly writes: Write[] = []
  /** Writes given to `first`. */
  private written = 0
  private skip: Point | undefined = undefined
  private length = 0
  /** The text's cost so far (`cost.ts`), while it is written straight through. */
  private readonly cost = new InlineCost()

  constructor(
    private readonly create: Create,
    private readonly literal: Create,
    private readonly from: Position | undefined,
    private readonly limits: TextLimits,
    private readonly onSplit: (split: TextSplit) => void
  ) {
    this.first = create(from)
    this.events = this.first.events
  }

  defineSkip(point: Point): void {
    this.skip = point
  }

  write(chunks: Chunk[]): Event[] {
    this.writes.push({chunks, skip: this.skip, taskList: this._gfmTasklistFirstContentOfListItem})
    this.skip = undefined
    const last = chunks.at(-1) === null
    const straight = this.written === this.writes.length - 1
    for (const chunk of chunks) {
      const size = typeof chunk === 'string' ? chunk.length : chunk === null || chunk === -1 ? 0 : 1
      // The pre-scan, while the text goes straight through.
      if (straight && size > 0) {
        const text = typeof chunk === 'string' ? chunk : chunk === -2 ? '\t' : '\n'
        for (let index = 0; index < text.length; index++) this.cost.add(text, index, this.length + index)
      }
      this.length += size
    }
    // A text no longer than this has no more delimiter units than characters:
    // one piece, straight through, unless its markup costs too much.
    if (
      this.length <= this.limits.maxParagraphLength &&
      this.length <= this.limits.maxParagraphDelimiters &&
      straight &&
      !this.cost.overBudget(this.length)
    ) {
      this.written = writeTo(this.first, this.writes, this.written, this._contentTypeTextTrailing)
      return last ? this.events : []
    }
    if (!last) return []
    const {cuts, overCost, literal} = cutPoints(flatten(this.writes), this.limits)
    if (cuts.length === 0) writeTo(this.first, this.writes, this.written, this._contentTypeTextTrailing)
    else {
      // `first` read the start of the text: what it made goes.
      this.events.length = 0
      const create = (point: Position | undefined, piece: number) => (literal[piece] ? this.literal : this.create)(point)
      writePieces(create, this.events, this.from, this.writes, cuts, this._contentTypeTextTrailing, (split) =>
        this.onSplit({...split, overCost, literal: literal.filter(Boolean).length})
      )
    }
    return this.events
  }
}

/** Write `writes` from `written` on to `tokenizer` as micromark would have; returns how many are written. */
function writeTo(tokenizer: TokenizeContext, writes: Write[], written: number, trailing: boolean | undefined): number {
  if (trailing) tokenizer._contentTypeTextTrailing = true
  for (; written < writes.length; written++) {
    const write = writes[written]!
    if (write.skip) tokenizer.defineSkip(write.skip)
    if (write.taskList) tokenizer._gfmTasklistFirstContentOfListItem = true
    // A copy: a micromark tokenizer keeps the first array written to it as its
    // buffer and appends later writes to it, which would grow `writes[0]`
    // (and repeat its lines when the text is then read in pieces).
    tokenizer.write([...write.chunks])
    if (write.taskList) tokenizer._gfmTasklistFirstContentOfListItem = undefined
  }
  return written
}

/**
 * The text as one string, one character per chunk code (a line ending is
 * `\n`, a tab `\t`, a tab's virtual spaces and the end nothing), so that an
 * index in it finds its chunk again (`writePieces`).
 */
function flatten(writes: Write[]): string {
  let text = ''
  for (const write of writes) {
    for (const chunk of write.chunks) {
      if (typeof chunk === 'string') text += chunk
      else if (chunk === -2) text += '\t'
      else if (chunk !== null && chunk !== -1) text += '\n'
    }
  }
  return text
}

/**
 * Write the text to one tokenizer per piece (`cuts`: where pieces 2… start
 * in the flattened text) and put every piece's events into `events`.
 */
function writePieces(
  create: (from: Position | undefined, piece: number) => TokenizeContext,
  events: Event[],
  from: Position | undefined,
  writes: Write[],
  cuts: number[],
  trailing: boolean | undefined,
  onSplit: (split: Omit<TextSplit, 'overCost' | 'literal'>) => void
): void {
  const start = {line: from?.line ?? 1, column: from?.column ?? 1, offset: from?.offset ?? 0}
  let piece = 0
  const begin = (point: Position) => {
    const next = create(point, piece++)
    // Where later lines start after their container prefixes.
    for (const write of writes) if (write.skip && write.skip.line > point.line) next.defineSkip(write.skip)
    return next
  }
  const end = (last: TokenizeContext) => {
    last.write([null])
    for (const event of last.events) events.push(event)
  }
  let tokenizer = begin(start)
  let position = 0 // index in the flattened text
  let cut = 0
  for (const write of writes) {
    if (write.taskList) tokenizer._gfmTasklistFirstContentOfListItem = true
    let pending: Chunk[] = []
    for (const chunk of write.chunks) {
      if (chunk === null) continue
      const size = typeof chunk === 'string' ? chunk.length : chunk === -1 ? 0 : 1
      let rest: Chunk = chunk
      // Cuts fall on string chunks (`cutPoints` never cuts before a line ending or tab).
      while (typeof rest === 'string' && cut < cuts.length && cuts[cut]! < position + size) {
        const at = cuts[cut]! - (position + size - rest.length)
        if (at > 0) pending.push(rest.slice(0, at))
        tokenizer.write(pending)
        pending = []
        tokenizer._gfmTasklistFirstContentOfListItem = undefined
        // The next piece starts where this one's written text ends.
        const point = tokenizer.now()
        end(tokenizer)
        tokenizer = begin({line: point.line, column: point.column, offset: point.offset})
        rest = rest.slice(at)
        cut++
      }
      if (rest !== '') pending.push(rest)
      position += size
    }
    tokenizer.write(pending)
    tokenizer._gfmTasklistFirstContentOfListItem = undefined
  }
  const point = tokenizer.now()
  if (trailing) tokenizer._contentTypeTextTrailing = true
  end(tokenizer)
  onSplit({start, end: {line: point.line, column: point.column, offset: point.offset}, pieces: cuts.length + 1})
}

/**
 * Delimiter units of the character at `index`, what makes micromark's cost
 * grow with the text: 1 for `[`, `]` and `<` (a link label, autolink or tag
 * that may look far ahead), and for the first backtick of a run (a code span
 * looks ahead for its closing run); for a run of `*`, `_` or `~` of length
 * L, L − 1 (at least 1) spread over its characters, since a long run
 * matches (and costs) like many short ones; 0 for a `_` run between letters
 * or digits, which is never emphasis.
 */
function delimiterUnit(text: string, index: number): number {
  const character = text[index]!
  if (character === '[' || character === ']' || character === '<') return 1
  if (character === '`') return text[index - 1] === '`' ? 0 : 1
  if (character !== '*' && character !== '_' && character !== '~') return 0
  if (text[index - 1] === character) return text[index - 2] === character ? 1 : 0
  return character === '_' && isIntraword(text, index) ? 0 : 1
}

const letterOrDigit = /[\p{L}\p{N}]/u
const letterDigitOrUnderscore = /[\p{L}\p{N}_]/u

function isIntraword(text: string, index: number): boolean {
  return letterOrDigit.test(text[index - 1] ?? '') && letterDigitOrUnderscore.test(text[index + 1] ?? '')
}

const startsWithLetter = /^\p{L}/u

/**
 * Where to cut a text into pieces of at most `maxParagraphLength`
 * characters and `maxParagraphDelimiters` delimiter units: the index where
 * each piece after the first starts. A piece starts at the spaces before a
 * letter (so that no piece ends with spaces, which micromark would drop),
 * where brackets, code spans, tags and emphasis runs are balanced if there
 * is such a place in the second half of the piece; else, reading on up to
 * twice the limits, at the last spaces before a letter; else anywhere (not
 * inside a line ending, tab or surrogate pair).
 */
function cutPoints(text: string, limits: TextLimits): {cuts: number[]; overCost: boolean; literal: boolean[]} {
  const cuts: number[] = []
  const literal: boolean[] = []
  const isLiteral = (units: number, length: number) => units >= literalUnits && units >= literalDensity * length
  const cost = new InlineCost()
  let overCost = false
  let dense = false
  let pieceStart = 0
  let units = 0
  let balancedCut = -1
  let anyCut = -1
  let brackets = 0
  let ticks = 0
  let inTag = false
  let emphasis = 0 // one bit per marker: an odd number of runs of it so far
  const reset = (start: number) => {
    pieceStart = start
    units = brackets = ticks = emphasis = 0
    balancedCut = anyCut = -1
    inTag = false
    cost.reset(start)
  }
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    const unit = delimiterUnit(text, index)
    units += unit
    cost.add(text, index, index)
    // What is open at this point, for a balanced cut.
    if (character === '<') inTag = true
    else if (inTag) {
      // Attributes are not markup.
      if (character === '>') inTag = false
    } else if (character === '*' || character === '_' || character === '~') {
      if (unit && text[index - 1] !== character) emphasis ^= character === '*' ? 1 : character === '_' ? 2 : 4
    } else if (character === '[' || character === ']') brackets += character === '[' ? 1 : -1
    else if (character === '`') {
      if (unit) ticks ^= 1
    } else if (character === ' ' && startsWithLetter.test(text.slice(index + 1, index + 3))) {
      // The cut goes before the whole run of spaces.
      let spaces = index
      while (spaces - 1 > pieceStart && text[spaces - 1] === ' ') spaces--
      if (spaces > pieceStart) {
        anyCut = spaces
        if (brackets === 0 && !ticks && !inTag && !emphasis) balancedCut = spaces
      }
    }
    const length = index + 1 - pieceStart
    const overLimits = length >= limits.maxParagraphLength || units >= limits.maxParagraphDelimiters
    if (!overLimits && !cost.overBudget(length)) continue
    // A balanced cut in the second half of the piece; failing that, read on
    // up to twice the limit for one, then take the latest spaces before a
    // letter, then any place. (What is read again after a cut stays under
    // half a piece.)
    const space =
      balancedCut >= pieceStart + length / 2
        ? balancedCut
        : length >= 2 * limits.maxParagraphLength || units >= 2 * limits.maxParagraphDelimiters || cost.overBudget(length, 2)
          ? balancedCut > pieceStart
            ? balancedCut
            : anyCut
          : undefined
    if (space === undefined) continue
    let cut = space > pieceStart ? space : index + 1
    // Never inside a line ending, a tab and its virtual spaces, or a surrogate pair.
    while (cut < text.length && (text[cut] === '\n' || text[cut] === '\t' || isLowSurrogate(text.charCodeAt(cut)))) cut++
    if (cut >= text.length) break
    literal.push(isLiteral(units, cut - pieceStart))
    cuts.push(cut)
    overCost ||= !overLimits
    dense ||= units >= limits.maxParagraphDelimiters
    reset(cut)
    index = cut - 1
  }
  literal.push(isLiteral(units, text.length - pieceStart))
  return {cuts, overCost, literal: cuts.length > 0 && (overCost || dense) ? literal : []}
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
