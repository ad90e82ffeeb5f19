/**
 * The cost model of inline text (issue 17): a linear pre-scan that bounds
 * the work micromark can be made to do on one text (paragraph, heading or
 * table cell), so that whatever its shape a text converts at no less than a
 * fixed fraction of the rate of real documents.
 *
 * micromark tokenizes and resolves inline text left to right; its work grows
 * faster than the text in three ways, each modelled here in "steps" (about a
 * character looked at once more):
 *
 * - **look-back**: a closing delimiter run (`*`, `_`, `~`) walks back over the
 *   events for its opener (attention and strikethrough resolution), and a
 *   `]` for its label start; a match then copies (and resolves again) the
 *   events it encloses. A closer costs the distance to its opener, or, with
 *   no opener, to the start of the text. An image (`![…]`) also walks back
 *   to the last link or the start of the text, to mark link labels inactive
 *   (so nested images are quadratic where nested links are not).
 * - **look-ahead**: a construct that is tried and never closed looks ahead
 *   to the end of the text: a code span's backtick run (until a run of the
 *   same length), an HTML comment (`<!--` until `-->`), another `<!`/`<?`
 *   declaration (until `>`), and a link resource `](` (until `)`). Each
 *   character costs as many steps as such constructs are open.
 * - every character costs one step.
 *
 * `InlineCost` counts the steps of one text as it is read; a text (or, when
 * it is read in pieces, a piece) may cost at most `stepsPerCharacter` steps a
 * character over its length plus `freeSteps` (`overBudget`). Real documents
 * stay far below: matched delimiters are close to their openers and real
 * texts leave few things open (test/perf/corpus.test.ts: no text of the
 * real-world corpus reaches the bound). What goes beyond is read in pieces
 * (`text-pieces.ts`), reported (`markup-cost`).
 *
 * The model over-estimates (it ignores the flanking rules, the rule of
 * three, code span contents, and which labels are defined): it only has to
 * be an upper bound on pathological text and far from the bound on real text.
 */

/** Steps a character may cost on average, beyond `freeSteps`. */
const stepsPerCharacter = 8
/** Steps a text may cost beyond `stepsPerCharacter` a character: a short text may be denser. */
const freeSteps = 8_000

/** The openers' list of each emphasis or strikethrough marker. */
const markers: Record<string, number> = {'*': 0, _: 1, '~': 2}

const whitespace = /\s/
const asciiLetter = /[A-Za-z]/
const letterOrDigit = /[\p{L}\p{N}]/u

/** The steps of one text (or piece), character by character (`add`), as micromark would work on it. */
export class InlineCost {
  steps = 0
  /** Where the text (piece) starts, as `add` numbers characters. */
  private start = 0
  /** Openers of emphasis and strikethrough, per marker: where each run starts. */
  private readonly openers: number[][] = [[], [], []]
  /** Label starts: where, and whether an image's. */
  private readonly labels: Array<{at: number; image: boolean}> = []
  /** Where the last link (label end followed by `(` or `[`) closed: an image walks back to it. */
  private lastLink = 0
  /** Look-aheads open: each character costs one step per. */
  private open = 0
  /** Backtick runs open: how many of each length. */
  private readonly ticks = new Map<number, number>()
  private comments = 0
  private declarations = 0
  private resources = 0
  /** The last characters seen (for runs and `<!--`, `-->`). */
  private previous = ''
  private beforePrevious = ''
  private tickRun = 0
  private tickEscaped = false
  /** Inside an element's tag (`<a …>`). */
  private inTag = false
  /** The end of the last delimiter run found, and its text: a piece that starts inside a run does not look for its end again. */
  private runStart = 0
  private runEnd = 0
  private runText = ''

  /** Start counting anew at `start` (a piece starts there). */
  reset(start: number): void {
    this.steps = 0
    this.start = this.lastLink = start
    for (const list of this.openers) list.length = 0
    this.labels.length = 0
    this.ticks.clear()
    this.open = this.comments = this.declarations = this.resources = 0
    this.previous = this.beforePrevious = ''
    this.tickRun = 0
    this.inTag = false
  }

  /** Whether a text of `length` characters that cost `steps` is over the bound. */
  overBudget(length: number, times = 1): boolean {
    return this.steps > times * (stepsPerCharacter * length + freeSteps)
  }

  /**
   * Count the character at `index` of `text` (`\n` for a line ending);
   * `index` numbers characters from where counting started (`reset`).
   */
  add(text: string, index: number, at: number): void {
    const character = text[index]!
    this.steps += 1 + this.open
    if (this.tickRun > 0 && character !== '`') this.endTickRun()
    // An element's attributes are not markup (`target="_blank"`); a `<` ends what cannot be a tag.
    if (this.inTag && character === '<') this.inTag = false
    if (this.inTag) {
      if (character === '>') this.inTag = false
      this.beforePrevious = this.previous
      this.previous = character
      return
    }
    switch (character) {
      case '`': {
        // An escaped backtick (`\``) opens no code span, so the run opens one a backtick shorter; in a
        // code span's look-ahead, a backslash is literal: the run closes as it is.
        if (this.tickRun === 0) this.tickEscaped = this.previous === '\\' && this.beforePrevious !== '\\'
        this.tickRun++
        break
      }
      case '*':
      case '_':
      case '~': {
        if (this.previous !== character) this.delimiterRun(text, index, at)
        break
      }
      case '[': {
        this.labels.push({at, image: this.previous === '!'})
        break
      }
      case ']': {
        this.labelEnd(text[index + 1], at)
        break
      }
      case '<': {
        const next = text[index + 1] ?? ''
        if (asciiLetter.test(next) || (next === '/' && asciiLetter.test(text[index + 2] ?? ''))) this.inTag = true
        else if (text[index + 1] === '!' || text[index + 1] === '?') {
          if (text.startsWith('!--', index + 1)) this.comments++
          else this.declarations++
          this.open++
        }
        break
      }
      case '>': {
        if (this.comments > 0 && this.previous === '-' && this.beforePrevious === '-') {
          this.open -= this.comments
          this.comments = 0
        }
        if (this.declarations > 0) {
          this.open -= this.declarations
          this.declarations = 0
        }
        break
      }
      case ')': {
        this.open -= this.resources
        this.resources = 0
        break
      }
      default:
    }
    this.beforePrevious = this.previous
    this.previous = character
  }

  /** The end of the text: a backtick run there. */
  end(): void {
    if (this.tickRun > 0) this.endTickRun()
  }

  private endTickRun(): void {
    const raw = this.tickRun
    const opening = raw - (this.tickEscaped ? 1 : 0)
    this.tickRun = 0
    // A run closes the open runs of its length (the first of them matches it, the others were
    // inside that span); else it opens one, a backtick shorter after a backslash.
    const closing = this.ticks.get(raw)
    if (closing !== undefined) {
      this.ticks.delete(raw)
      this.open -= closing
    } else if (opening > 0) {
      this.ticks.set(opening, (this.ticks.get(opening) ?? 0) + 1)
      this.open++
    }
  }

  private delimiterRun(text: string, index: number, at: number): void {
    const character = text[index]!
    const marker = markers[character]!
    // A piece may start inside a run (`reset`): its end, found once, keeps
    // the look linear (each piece looked for it again: 2n took 3.5× n).
    const known = text === this.runText && index >= this.runStart && index < this.runEnd
    let end = known ? this.runEnd : index
    while (text[end] === character) end++
    if (!known) this.runStart = index
    this.runText = text
    this.runEnd = end
    const before = text[index - 1] ?? ' '
    const after = text[end] ?? ' '
    // An `_` run between letters or digits is never emphasis.
    if (character === '_' && letterOrDigit.test(before) && letterOrDigit.test(after)) return
    const canClose = !whitespace.test(before)
    const canOpen = !whitespace.test(after)
    const openers = this.openers[marker]!
    if (canClose) {
      const opener = openers.pop()
      if (opener !== undefined) {
        this.steps += at - opener
        return
      }
      this.steps += at - this.start
    }
    if (canOpen) openers.push(at)
  }

  private labelEnd(next: string | undefined, at: number): void {
    const label = this.labels.pop()
    if (!label) {
      this.steps += at - this.start
      return
    }
    this.steps += at - label.at
    if (label.image) this.steps += at - Math.max(this.lastLink, this.start)
    else if (next === '(' || next === '[') this.lastLink = at
    if (next === '(') {
      this.resources++
      this.open++
    }
  }
}
