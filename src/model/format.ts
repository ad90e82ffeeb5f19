/**
 * The format as data: one row per mark, element and list kind, read by
 * everything that names, checks, compares, reads or writes them (the types,
 * the validator, normalize, style equality, both readers, both writers, the
 * v1 ⇄ v2 adapters, the arbitraries). As prosemirror-model's schema does, a
 * row holds both directions, so a reader and a writer cannot disagree; a new
 * mark is a row here plus what only it needs (ARCHITECTURE.md § The format
 * table). Pure data and small predicates: the render-only entry reads it.
 */

/**
 * What a mark holds: a flag (`true`), a color, or a link. Each kind has its
 * own equality, normal form and writer code; a flag mark needs nothing but
 * its row.
 */
export type MarkValue = 'flag' | 'color' | 'link'

/** CSS that sets a mark, read by both readers (`dialect/css/text.ts`). */
export interface MarkCss {
  /** The properties read, first present wins (`text-decoration-line` before `text-decoration`). */
  read: readonly string[]
  /**
   * Flags: what a value does: `true` sets the mark, `false` removes it,
   * `undefined` changes nothing. (Colors are read by the color grammar.)
   */
  flag?: (value: string) => boolean | undefined
  /** The property written (colors: `color: rgba(…)`). */
  write?: string
}

/** One mark of a text run's style. */
export interface MarkRow {
  /** The v1 field (camelCase) and the v2 field (snake_case) of `style`. */
  v1: string
  v2: string
  value: MarkValue
  /**
   * The marks that nest as one (a color span holds both colors). The order of
   * the rows is the mark order: outermost first, in both writers.
   */
  group: string
  /** The mdast node (CommonMark + GFM), or `html` when only the dialect's inline HTML can say it. */
  mdast: 'link' | 'strong' | 'delete' | 'emphasis' | 'html'
  /**
   * HTML: the tag both writers write (the Markdown writer's dialect tag where
   * the mdast node cannot stand: next to a character no reference can carry),
   * and every tag both readers read as this mark.
   */
  html: {write: string; markdownTag?: string; read: readonly string[]; attributes?: Readonly<Record<string, string>>}
  css?: MarkCss
  /** What the plain flavor does with it: `'keep'`, or the rule of the loss when it cannot write it. */
  plain: 'keep' | 'drop'
  /** The rule reported when the plain flavor drops it (always, or where a delimiter cannot stand). */
  rule?: 'plain-color' | 'plain-emphasis'
}

const lineThrough = /\bline-through\b/i

/** `font-weight`: ≥ 600 or `bold`/`bolder` is bold, lower is not; anything else changes nothing. */
function fontWeight(value: string): boolean | undefined {
  const weight = value.trim().toLowerCase()
  if (weight === 'bold' || weight === 'bolder') return true
  if (weight === 'normal' || weight === 'lighter') return false
  const number = Number(weight)
  return weight !== '' && Number.isFinite(number) ? number >= 600 : undefined
}

/**
 * The marks, outermost first (the mark order of both writers): a link wraps
 * colors, colors wrap emphasis (a `**` next to a `<span>` tag reads back; an
 * entity-encoded `<` inside `**` would not be a tag).
 */
export const marks = {
  link: {
    v1: 'link',
    v2: 'link',
    value: 'link',
    group: 'link',
    mdast: 'link',
    html: {write: 'a', read: ['a']},
    plain: 'keep'
  },
  textColor: {
    v1: 'textColor',
    v2: 'text_color',
    value: 'color',
    group: 'color',
    mdast: 'html',
    html: {write: 'span', read: [], attributes: {font: 'color'}},
    css: {read: ['color'], write: 'color'},
    plain: 'drop',
    rule: 'plain-color'
  },
  backColor: {
    v1: 'backColor',
    v2: 'back_color',
    value: 'color',
    group: 'color',
    mdast: 'html',
    html: {write: 'span', read: []},
    css: {read: ['background-color', 'background'], write: 'background-color'},
    plain: 'drop',
    rule: 'plain-color'
  },
  bold: {
    v1: 'bold',
    v2: 'bold',
    value: 'flag',
    group: 'bold',
    mdast: 'strong',
    html: {write: 'strong', markdownTag: 'b', read: ['strong', 'b']},
    css: {read: ['font-weight'], flag: fontWeight},
    plain: 'keep',
    rule: 'plain-emphasis'
  },
  strikeThrough: {
    v1: 'strikeThrough',
    v2: 'strike_through',
    value: 'flag',
    group: 'strikeThrough',
    mdast: 'delete',
    html: {write: 'del', markdownTag: 's', read: ['del', 's', 'strike']},
    css: {read: ['text-decoration-line', 'text-decoration'], flag: (value) => lineThrough.test(value) || undefined},
    plain: 'keep',
    rule: 'plain-emphasis'
  }
} as const satisfies Record<string, MarkRow>

export type MarkName = keyof typeof marks
/** The marks that are flags (`bold`, `strikeThrough`): their writers and readers are the rows. */
export type FlagMark = {[K in MarkName]: (typeof marks)[K]['value'] extends 'flag' ? K : never}[MarkName]
export type ColorMark = {[K in MarkName]: (typeof marks)[K]['value'] extends 'color' ? K : never}[MarkName]

/** The mark names in the mark order, and the rows with their names. */
const markNames = Object.keys(marks) as MarkName[]
export const markRows: ReadonlyArray<MarkRow & {name: MarkName}> = markNames.map((name) => ({...marks[name], name}))
type Row<N extends MarkName, C> = MarkRow & {name: N; css: C}
export const flagMarks = markRows.filter((row) => row.value === 'flag') as ReadonlyArray<Row<FlagMark, MarkCss & {flag: (value: string) => boolean | undefined}>>
export const colorMarks = markRows.filter((row) => row.value === 'color') as ReadonlyArray<Row<ColorMark, MarkCss & {write: string}>>

/**
 * The elements of a paragraph and the gallery's image: their wire names in
 * v1 and v2 (the kind, the payload's key, the ID fields of a mention). How
 * Markdown and HTML carry them (ARCHITECTURE.md § The format table):
 *
 * | element | mdast (dialect) | HTML | plain flavor |
 * | --- | --- | --- | --- |
 * | textRun | text, in its marks | text, in its marks | kept |
 * | docsLink | link titled `"docsLink"` (untitled: the text is the URL) | `<a data-docs-link>` | plain link, `plain-docs-link` |
 * | person (v2 mention) | `<at id>@name</at>` | `<span class="okr-mention" data-open-id>` | `@name`, `plain-mention` |
 * | image | `![](src)`; `<img data-file-token width height>` with a token or a size | `<img src data-file-token width height>` | `![](src)`, `plain-image` |
 *
 * Written as comments, not data: the render-only entry (6 KB) carries this module.
 */
export const elements = {
  textRun: {v1: {type: 'textRun', key: 'textRun'}, v2: {type: 'textRun', key: 'text_run'}},
  docsLink: {v1: {type: 'docsLink', key: 'docsLink'}, v2: {type: 'docsLink', key: 'docs_link'}},
  person: {
    v1: {type: 'person', key: 'person', id: 'openId', otherIds: ['userId']},
    v2: {type: 'mention', key: 'mention', id: 'user_id', otherIds: []}
  },
  image: {v1: {list: 'imageList', fileToken: 'fileToken'}, v2: {list: 'images', fileToken: 'file_token'}}
} as const

/**
 * The kinds of list a paragraph belongs to (the same wire value in v1 and
 * v2): `number` (mdast ordered list, `<ol>`), `bullet` (list, `<ul>`),
 * `checkBox` / `checkedBox` (task item, `<li><input type="checkbox">`),
 * `indent` (block quote, `<blockquote>`).
 */
export const listKindNames = ['number', 'bullet', 'checkBox', 'checkedBox', 'indent'] as const
export type ListKind = (typeof listKindNames)[number]


/**
 * Color spellings both readers must read alike, in CSS and in presentational
 * attributes (`test/agreement/` generates its inputs from them): names, hex
 * with and without `#` (HTML's legacy attribute values), the functional
 * forms, the keywords that keep or remove a color, and unreadable values
 * (reported, rule `color`).
 */
export const colorSpellings = [
  'red', 'RED', '#f00', '#ff0000', 'ff0000', '#ff000080', 'rgb(255, 0, 0)', 'rgb(255 0 0 / 50%)', 'rgba(1, 2, 3, 0.5)',
  'transparent', 'none', 'inherit', 'initial', 'currentcolor', 'hsl(0, 100%, 50%)', 'bogus', ''
] as const

/**
 * The CSS values of each flag mark's properties that both readers must read
 * alike (`test/agreement/` generates its inputs from them; kept beside the
 * rows, not in them, so that the render-only entry does not carry them).
 */
export const flagSpellings: Readonly<Record<FlagMark, readonly string[]>> = {
  bold: ['bold', 'bolder', '700', '600', '599', '300', 'normal', 'lighter', '1e3', 'bogus'],
  strikeThrough: ['line-through', 'LINE-THROUGH', 'underline line-through', 'none', 'underline']
}

/** Image size spellings both readers must read alike (`width`, `height`, CSS `width`/`height`). */
export const sizeSpellings = ['16', '16px', '16PX', ' 16 ', '0.5', '1e1', '0x10', '0', '-1', 'auto', '50%', ''] as const

/** The two wire shapes. */
export type Wire = 'v1' | 'v2'
