import type {PhrasingContent, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {decodeNumericCharacterReference} from 'micromark-util-decode-numeric-character-reference'
import {mentionClose, mentionOpen, personLabel, type PersonOptions} from '../../dialect/mention.js'
import {colorMarks, flagMarks, type MarkRow, markRows} from '../../model/format.js'
import type {Color, DocsLinkElement, Element, Person, TextStyle} from '../../model/types.js'
import {linkLiterals} from '../../dialect/autolink-literal.js'
import {breakTag} from '../../dialect/break.js'
import {colorSpanClose, colorSpanOpen} from '../../dialect/css/markdown.js'
import {docsLinkTitle, plainLinkTitle, readsAsDocsLink} from '../../dialect/docs-link.js'
import {isSafeUrl} from '../../dialect/url.js'
import type {Flavor} from './flavor.js'
import type {PlainRule} from './losses.js'
import {type MentionDirectory, splitMentions} from '../../dialect/mention-names.js'
import {markOffsets} from './read-back.js'

export interface PhrasingOptions extends PersonOptions {
  isDocsUrl: (url: string) => boolean
  /** The names of `people`, as the reader given them reads `@` + a name (plain flavor: such text is reported). */
  mentions?: MentionDirectory | undefined
  /** The flavor: lossless (with the dialect's HTML) or plain (none; what it cannot say is dropped and reported). */
  flavor: Flavor
}

/** Reports a loss of the plain flavor at an offset in the paragraph's text. */
export type LoseAt = (rule: PlainRule, offset: number, excerpt?: string) => void

/**
 * A text run cut at its line breaks: text with a style, a break, a mention
 * with its label (asked of `people` or `resolvePerson` once), or a docs
 * link; `offset` is where it starts in the paragraph's text (an element
 * counts as one character), for the plain flavor's messages.
 */
type Token =
  | TextToken
  | {type: 'break'; offset: number}
  | {type: 'mention'; person: Person; label: string; offset: number}
  | {type: 'element'; element: DocsLinkElement; offset: number}
type TextToken = {type: 'text'; text: string; style: TextStyle; offset: number}

/** Where a text node's characters come from: a text token's, or all from one mention. */
interface Origin {
  offset: number
  whole: boolean
}

/** What the writing of one paragraph shares. */
interface Context {
  options: PhrasingOptions
  marks: Mark[]
  lose: LoseAt
  /** Plain flavor: the origin of each text node, for `plain-autolink`. */
  origins: Map<Text, Origin>
}

/** A mark: the key its runs share, and how a group of such runs (`first` is the first) is written. */
interface Mark {
  key: (style: TextStyle) => string | undefined
  wrap: (first: TextToken, children: PhrasingContent[], context: Context, around: Around) => PhrasingContent[]
}

/** The characters of the text next to a group of runs (`''`: none, or not text). */
interface Around {
  before: string
  after: string
}

const link: Mark = {
  key: (style) => style.link?.url,
  wrap(first, children, {options, lose}) {
    const url = first.style.link!.url
    // Only a title keeps a link to a document URL a link.
    const isDocsUrl = options.isDocsUrl(url)
    if (isDocsUrl && !options.flavor.html) lose('plain-link', first.offset, url)
    return [{type: 'link', url, title: isDocsUrl && !!options.flavor.html ? plainLinkTitle : null, children}]
  }
}

const color: Mark = {
  key: (style) => (colorMarks.some((row) => style[row.name]) ? colorMarks.map((row) => colorKey(style[row.name])).join('/') : undefined),
  wrap: (first, children) => [{type: 'html', value: colorSpanOpen(first.style)}, ...children, {type: 'html', value: colorSpanClose}]
}

/** A flag mark: its mdast node (`strong`, `delete`), or its dialect tag where that cannot stand. */
function flagMark(row: (typeof flagMarks)[number]): Mark {
  const type = row.mdast as AttentionType
  return {
    key: (style) => (style[row.name] ? row.name : undefined),
    wrap: (first, children, context, around) => attention(type, row.html.markdownTag!, first, children, context, around)
  }
}

/**
 * The marks of a run, outermost first: the order of the format table
 * (`model/format.ts`), a group of rows (the colors) one mark. Nesting in a
 * fixed order and grouping neighbours that share the outer marks (as
 * prosemirror-markdown diffs mark sets) keeps the output small.
 */
const markGroups: Array<{mark: Mark; rows: MarkRow[]}> = []
for (const row of markRows) {
  const last = markGroups.at(-1)
  if (last?.rows[0]!.group === row.group) last.rows.push(row)
  else markGroups.push({mark: row.value === 'link' ? link : row.value === 'color' ? color : flagMark(row as (typeof flagMarks)[number]), rows: [row]})
}

/** The marks a flavor writes (the plain one has no colors: they are reported, not written). */
const flavorMarks = new Map<Flavor, Mark[]>()
function marksOf(flavor: Flavor): Mark[] {
  let result = flavorMarks.get(flavor)
  if (!result) flavorMarks.set(flavor, (result = markGroups.filter((group) => group.rows.every(flavor.keeps)).map((group) => group.mark)))
  return result
}

/**
 * Whether a numeric character reference gives `character` back when read:
 * not for controls (but tab and line endings), surrogates and
 * noncharacters, which the reader turns into U+FFFD (micromark's own rule).
 * At either side of `**` or `~~`, inside or next to it outside,
 * mdast-util-to-markdown may write a character as a reference to keep the
 * marker flanking, depending on the characters around and on the marker it
 * settles on (`__` when `**` does not pair); the `<b>` and `<s>` tags of our
 * dialect need none. So next to a character no reference can carry, the tag
 * is written, whatever the rest; the plain flavor has no tags: it drops the
 * mark.
 */
/** The writer's rules that can be switched off, to show that the read-back check catches what they would (test only). */
export const rules = {referenceable: true}

function referenceable(character: string): boolean {
  const code = character.codePointAt(0)
  return code === undefined || decodeNumericCharacterReference(code.toString(16), 16) === character
}

/** The mdast nodes of flag marks. */
type AttentionType = 'strong' | 'delete' | 'emphasis'

function attention(type: AttentionType, tag: string, first: TextToken, children: PhrasingContent[], context: Context, around: Around): PhrasingContent[] {
  const text = toString(children)
  const needsReference = [firstCharacter(text), lastCharacter(text), around.before, around.after].some((character) => !referenceable(character))
  if (!needsReference || !rules.referenceable) {
    const node: PhrasingContent = {type, children}
    markOffsets.set(node, first.offset)
    return [node]
  }
  return context.options.flavor.unsafeMark(tag, children, (excerpt) => context.lose('plain-emphasis', first.offset, excerpt))
}

function colorKey(color: Color | undefined): string {
  return color ? `${color.red},${color.green},${color.blue},${color.alpha}` : ''
}

/** The phrasing content of a normalized paragraph (not empty, not only breaks). */
export function paragraphPhrasing(elements: Element[], options: PhrasingOptions, lose: LoseAt): PhrasingContent[] {
  let tokens = tokenize(elements, options)
  const context: Context = {options, marks: marksOf(options.flavor), lose, origins: new Map()}
  if (!options.flavor.html) tokens = dropUnsafeLinks(tokens, lose)
  let end = tokens.length
  if (!options.flavor.html) {
    reportColors(tokens, lose)
    if (options.mentions) reportNames(tokens, options.mentions, lose)
    // A break that ends a paragraph does not exist in plain Markdown (`\`
    // there is a backslash): the breaks there are dropped.
    while (tokens[end - 1]?.type === 'break') end--
    if (end < tokens.length) lose('plain-break', tokens[end]!.offset)
  }
  const result: PhrasingContent[] = []
  let start = 0
  for (let index = 0; index <= end; index++) {
    const token = index < end ? tokens[index] : undefined
    if (token !== undefined && token.type !== 'break') continue
    result.push(...group(tokens.slice(start, index), 0, context, noText))
    if (token) {
      // A backslash break does not exist at the edges of a paragraph; a
      // `<br>` that ends one shows nothing, so the last break takes two.
      // (micromark reads a backslash break at the start too: the plain
      // flavor writes one there.)
      const atEnd = index === tokens.length - 1
      const atEdge = index === 0 || atEnd
      result.push(atEdge && !!options.flavor.html ? {type: 'html', value: atEnd ? breakTag + breakTag : breakTag} : {type: 'break'})
    }
    start = index + 1
  }
  return !options.flavor.html ? joinText(result, context, false) : result
}

function tokenize(elements: Element[], options: PersonOptions): Token[] {
  const tokens: Token[] = []
  let offset = 0
  for (const element of elements) {
    if (element.type === 'person') {
      tokens.push({type: 'mention', person: element.person, label: '@' + personLabel(element.person, options).name, offset: offset++})
      continue
    }
    if (element.type !== 'textRun') {
      tokens.push({type: 'element', element, offset: offset++})
      continue
    }
    const style = element.textRun.style ?? {}
    element.textRun.text.split('\n').forEach((text, index) => {
      if (index > 0) tokens.push({type: 'break', offset: offset++})
      if (text !== '') tokens.push({type: 'text', text, style, offset})
      offset += text.length
    })
  }
  return tokens
}

/**
 * Plain flavor: plain Markdown goes where people click, so a link outside
 * the URL policy is not written (the text stays); one `url` per stretch of
 * text linked to it. Done on the tokens, before marks are grouped.
 */
function dropUnsafeLinks(tokens: Token[], lose: LoseAt): Token[] {
  const result: Token[] = []
  let previous: string | undefined
  for (const token of tokens) {
    if (token.type === 'element' && !isSafeUrl(token.element.docsLink.url, 'link')) {
      // A document link outside the policy shows its title (or URL) as text, as the HTML writer shows it.
      const {url, title} = token.element.docsLink
      lose('url', token.offset, url)
      ;(title || url).replace(/\r\n?/g, '\n').split('\n').forEach((text, index) => {
        if (index > 0) result.push({type: 'break', offset: token.offset})
        if (text !== '') result.push({type: 'text', text, style: {}, offset: token.offset})
      })
      previous = undefined
      continue
    }
    const url = token.type === 'text' ? token.style.link?.url : undefined
    if (url !== undefined && !isSafeUrl(url, 'link')) {
      if (url !== previous) lose('url', token.offset, url)
      const {link: _link, ...style} = (token as TextToken).style
      ;(token as TextToken).style = style
    }
    previous = url
    result.push(token)
  }
  return result
}

/** Plain flavor with people: text holding `@` + a name of `people` reads back as that mention (`plain-at-name`). */
function reportNames(tokens: Token[], mentions: MentionDirectory, lose: LoseAt): void {
  for (const token of tokens) {
    if (token.type !== 'text' || !token.text.includes('@')) continue
    let offset = token.offset
    for (const piece of splitMentions(token.text, mentions, () => {}) ?? []) {
      if (piece.type === 'mention') lose('plain-at-name', offset, token.text)
      else offset += piece.value.length
    }
  }
}

/** Plain flavor: one `plain-color` per stretch of text of one color pair. */
function reportColors(tokens: Token[], lose: LoseAt): void {
  let previous: string | undefined
  for (const token of tokens) {
    const key = token.type === 'text' ? color.key(token.style) : undefined
    if (key !== undefined && key !== previous) lose('plain-color', token.offset, (token as TextToken).text)
    previous = key
  }
}

/**
 * Group neighbouring tokens by mark `depth` and wrap each group in it.
 * `outside` is the text next to `tokens` in the paragraph: a group at the
 * edge of an outer one stands next to it when the outer mark is dropped
 * (plain flavor), so its neighbours are those of the paragraph, not of the
 * slice. (When the outer mark is kept, a marker stands between them: taking
 * the text beyond it can only make `attention` choose the tag or the drop
 * where the marker alone would do.)
 */
function group(tokens: Token[], depth: number, context: Context, outside: Around): PhrasingContent[] {
  const mark = context.marks[depth]
  if (!mark) return tokens.map((token) => leaf(token, context)).flat()
  const result: PhrasingContent[] = []
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    const key = markKey(mark, token)
    let end = index + 1
    while (end < tokens.length && markKey(mark, tokens[end]!) === key) end++
    const around: Around = {
      before: index === 0 ? outside.before : edge(tokens[index - 1], -1, context.options),
      after: end === tokens.length ? outside.after : edge(tokens[end], 0, context.options)
    }
    const children = group(tokens.slice(index, end), depth + 1, context, around)
    if (key === undefined) result.push(...children)
    else result.push(...mark.wrap(token as TextToken, children, context, around))
    index = end
  }
  return result
}

/**
 * The first (`0`) or last (`-1`) character a token is written with, where
 * it is text: a text token's, or in the plain flavor a mention's label (a
 * name from `people` may end in anything). Tags, links and breaks: `''`.
 */
function edge(token: Token | undefined, at: 0 | -1, options: PhrasingOptions): string {
  const value = token?.type === 'text' ? token.text : !options.flavor.html && token?.type === 'mention' ? token.label : ''
  return at === 0 ? firstCharacter(value) : lastCharacter(value)
}

/** The first and the last code point of a string (`''` if empty): a character outside the BMP is two code units. */
function firstCharacter(value: string): string {
  return /^./su.exec(value)?.[0] ?? ''
}

function lastCharacter(value: string): string {
  return /.$/su.exec(value)?.[0] ?? ''
}

/** Nothing next to a stretch of text: the edge of a paragraph, or a line break. */
const noText: Around = {before: '', after: ''}

function markKey(mark: Mark, token: Token): string | undefined {
  return token.type === 'text' ? mark.key(token.style) : undefined
}

function leaf(token: Token, context: Context): PhrasingContent[] {
  const {options, lose} = context
  if (token.type === 'text') return [textNode(token.text, {offset: token.offset, whole: false}, context)]
  if (token.type === 'break') return [{type: 'break'}]
  if (token.type === 'mention') {
    const {person, label, offset} = token
    if (!!options.flavor.html) return [{type: 'html', value: mentionOpen(person)}, {type: 'text', value: label}, {type: 'html', value: mentionClose}]
    lose('plain-mention', offset, label)
    return lines(label).map((line) => (line === undefined ? {type: 'break'} : textNode(line, {offset, whole: true}, context)))
  }
  const {url, title} = token.element.docsLink
  const plain = readsAsDocsLink(url, title, options.isDocsUrl)
  if (!options.flavor.html) {
    if (!plain) lose('plain-docs-link', token.offset, url)
    return [{type: 'link', url, title: null, children: lines(title ?? url).map((line): PhrasingContent => (line === undefined ? {type: 'break'} : {type: 'text', value: line}))}]
  }
  return [{type: 'link', url, title: plain ? null : docsLinkTitle, children: [{type: 'text', value: title ?? (plain ? url : '')}]}]
}

/**
 * Plain flavor: the lines of a label or a URL shown as text (`undefined`
 * for a break between them): a line ending in a text node would be a soft
 * break, which reads back as a space.
 */
function lines(value: string): Array<string | undefined> {
  return value.split(/\r\n?|\n/).flatMap((line, index) => (index === 0 ? [line] : [undefined, line])).filter((line) => line !== '')
}

function textNode(value: string, origin: Origin, context: Context): Text {
  const node: Text = {type: 'text', value}
  if (!context.options.flavor.html) context.origins.set(node, origin)
  return node
}

type Piece = {start: number; origin: Origin | undefined}

/**
 * Plain flavor: neighbouring text nodes (left by dropped colors and
 * mentions) made one, as the reader will see them; outside links, the links
 * GFM makes of it written as links, and reported.
 */
function joinText(nodes: PhrasingContent[], context: Context, inLink: boolean): PhrasingContent[] {
  const result: PhrasingContent[] = []
  let pieces: Piece[] = []
  const linkLast = () => {
    const last = result.at(-1)
    const linked = !inLink && last?.type === 'text' ? linkLiterals(last.value) : undefined
    if (!linked) return
    result.pop()
    let start = 0
    for (const child of linked) {
      const text = toString(child)
      if (child.type === 'link') reportAt(context.lose, 'plain-autolink', pieces, start, text)
      result.push(child)
      start += text.length
    }
  }
  for (const node of nodes) {
    const last = result.at(-1)
    if (node.type === 'text' && last?.type === 'text') {
      pieces.push({start: last.value.length, origin: context.origins.get(node)})
      last.value += node.value
      continue
    }
    linkLast()
    if (node.type === 'text') pieces = [{start: 0, origin: context.origins.get(node)}]
    if ('children' in node) (node as {children: PhrasingContent[]}).children = joinText(node.children, context, inLink || node.type === 'link')
    result.push(node)
  }
  linkLast()
  return result
}

/** Report a loss at character `index` of a joined text node made of `pieces`. */
function reportAt(lose: LoseAt, rule: PlainRule, pieces: Piece[], index: number, excerpt: string): void {
  const piece = pieces.findLast((candidate) => candidate.start <= index)
  if (!piece?.origin) return
  const {offset, whole} = piece.origin
  lose(rule, whole ? offset : offset + index - piece.start, excerpt)
}
