import type {RuleId} from '../messages.js'
import {colorMarks, type ColorMark, flagMarks} from '../model/format.js'
import type {TextStyle} from '../model/types.js'

/**
 * The inline HTML vocabulary of both readers: what each phrasing tag means,
 * whether it comes in Markdown's raw HTML (`markdown/from/handlers/html.ts`)
 * or in an HTML document (`html/from/handlers/index.ts`), and how a loss is
 * reported. Mapped by what a reader sees in a browser (its default style
 * sheet): a tag that marks text as the format can is that mark (the rows of
 * `model/format.ts`); a tag with a look the format cannot keep keeps its text
 * and reports the loss; a tag with no look of its own is read silently. Tags
 * not here are either structure (the HTML reader's blocks, lists, tables) or
 * the elements both readers handle themselves (`a`, `font`, `img`, `br`,
 * `at`), or unknown: reported, rule `html`. `test/agreement/` generates its
 * inputs from this table.
 */
export type TagMeaning =
  /** A mark of the format: the style it sets. */
  | {type: 'mark'; style: TextStyle}
  /** A look the format cannot keep: the text stays, the loss is reported with `rule` (`html`: with the tag, `<mark>`). */
  | {type: 'lost'; rule: RuleId}
  /** No look of its own: its text is read, silently. */
  | {type: 'text'}

const lost = (rule: RuleId): TagMeaning => ({type: 'lost', rule})
const text: TagMeaning = {type: 'text'}

/** Maps, not object literals: a tag may be named `<constructor>`. */
export const inlineTags: ReadonlyMap<string, TagMeaning> = new Map<string, TagMeaning>([
  // The flag marks of the format table, by every tag their rows read.
  ...flagMarks.flatMap((row) => row.html.read.map((tag): [string, TagMeaning] => [tag, {type: 'mark', style: {[row.name]: true}}])),
  // Italic in every browser's default style sheet.
  ...['em', 'i', 'cite', 'dfn', 'var'].map((tag): [string, TagMeaning] => [tag, lost('emphasis')]),
  ...['u', 'ins'].map((tag): [string, TagMeaning] => [tag, lost('underline')]),
  ...['code', 'kbd', 'samp', 'tt'].map((tag): [string, TagMeaning] => [tag, lost('inline-code')]),
  // A look with no equivalent: a highlight, a size, a raised or lowered
  // baseline, the quotation marks a browser adds around `<q>`.
  ...['mark', 'small', 'big', 'sub', 'sup', 'q'].map((tag): [string, TagMeaning] => [tag, lost('html')]),
  // No look of their own (`<font>` without `color`, `<span>` without `style`).
  ...['span', 'font', 'abbr', 'bdi', 'bdo', 'data', 'time', 'label', 'nobr', 'output', 'ruby', 'rb', 'rt', 'rp', 'button'].map(
    (tag): [string, TagMeaning] => [tag, text]
  )
])

/**
 * CSS looks the format cannot keep: the text stays, both readers report
 * the rule (italics, underline). A look that becomes a mark of the format
 * table leaves this list for its row.
 */
export const lostCss: ReadonlyArray<{properties: readonly string[]; test: RegExp; rule: RuleId}> = [
  {properties: ['font-style'], test: /^\s*(?:italic|oblique)\b/i, rule: 'emphasis'},
  {properties: ['text-decoration-line', 'text-decoration'], test: /\bunderline\b/i, rule: 'underline'}
]

/** What the tag means, or `undefined` when it is not phrasing this table knows. */
export function inlineTag(name: string): TagMeaning | undefined {
  return inlineTags.get(name)
}

/**
 * The colors a tag's presentational attributes set (`<font color>`), by the
 * rows of the format table, with HTML's legacy color values: six hex digits
 * without `#` are a hex color (`<font color="ff0000">` is red).
 */
export function attributeColors(tag: string, attributes: (name: string) => string | undefined): Array<[ColorMark, string]> {
  const result: Array<[ColorMark, string]> = []
  for (const row of colorMarks) {
    const names = row.html.attributes
    const value = names && Object.hasOwn(names, tag) ? attributes(names[tag]!) : undefined
    if (value !== undefined) result.push([row.name, /^[\da-f]{6}$/i.test(value.trim()) ? '#' + value.trim() : value])
  }
  return result
}
