import type {Nodes, Parents, PhrasingContent, Root, Text} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {gfm} from 'micromark-extension-gfm'
import type {Construct, Create, Extension, ParseContext} from 'micromark-util-types'
import {frontMatterNode, readFrontMatter, withoutFrontMatter} from './front-matter.js'
import {type TextLimits, type TextSplit, textInPieces} from './text-pieces.js'

/**
 * Markdown → mdast exactly as
 * `unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)`
 * parses it (remark-parse is `mdast-util-from-markdown`, the plugins add
 * their extensions), except that an opening fence never closed is not front
 * matter at all (micromark-extension-frontmatter#5: trying it makes the rest
 * of the document lose its lists), with changes of method, not of result: GFM's
 * literal-autolink transform walks the tree recursively, which overflows the
 * stack on deeply nested input (10,000 `>`), so it runs here one parent at a
 * time, from a loop; micromark's lists of defined identifiers are looked up
 * in a `Set` (`IdentifierList`); and GFM constructs that cannot match the
 * input are not tried (`pruneConstructs`). `parse` also reads part of a
 * document as the whole would (`defined`) and long inline text in pieces
 * (`limits`).
 */
const [autolinkLiteral, ...otherExtensions] = gfmFromMarkdown()
const autolinkTransform = autolinkLiteral!.transforms![0]!
const mdastExtensions = [{...autolinkLiteral, transforms: []}, ...otherExtensions]
const gfmSyntax = gfm()

export function parseMarkdown(markdown: string): Root {
  return parse(markdown, {frontMatter: true}).tree
}

/** Identifiers (micromark's normalized form) of link and footnote definitions. */
export interface Defined {
  links: ReadonlySet<string>
  notes: ReadonlySet<string>
}

interface ParseOptions {
  /**
   * What the rest of the document defines: a part parsed on its own then
   * reads `[x]` and `[^x]` as a whole-document parse does.
   */
  defined?: Defined | undefined
  /** Read the inline text of a paragraph, heading or cell over these limits in pieces (`text-pieces.ts`). */
  limits?: TextLimits | undefined
  /** Told of each text read in pieces. */
  onSplit?: ((split: TextSplit) => void) | undefined
  /** Read the blocks only, with inline text as plain text: to find definitions. */
  blocksOnly?: boolean | undefined
  /** Read no GFM tables (`large.ts`'s `wideTable`: one too wide to read as a table). */
  noTables?: boolean | undefined
  /** Read front matter at the start (`front-matter.ts`): its node first, its lines read as blank. */
  frontMatter?: boolean | undefined
}

/** Parse, and tell what the document itself defines (as micromark has it: its normalized labels). */
export function parse(markdown: string, options: ParseOptions = {}): {tree: Root; defined: Defined} {
  const links = new IdentifierList(options.defined?.links)
  const notes = new IdentifierList(options.defined?.notes)
  const {limits, onSplit, blocksOnly} = options
  const setUp = setUpParser((parser) => {
    parser.defined = links
    parser.gfmFootnotes = notes
    pruneConstructs(parser.constructs, markdown, blocksOnly, options.noTables)
    if (limits) parser.text = textInPieces(parser.text, literalText(parser), limits, onSplit ?? (() => {}))
  })
  const matter = options.frontMatter ? readFrontMatter(markdown) : undefined
  const tree = fromMarkdown(matter ? withoutFrontMatter(markdown, matter) : markdown, {extensions: [gfmSyntax, setUp], mdastExtensions})
  if (matter) tree.children.unshift(frontMatterNode(matter))
  if (!blocksOnly) linkLiterals(tree)
  return {tree, defined: {links: links.own, notes: notes.own}}
}

/**
 * Take out of this parse the constructs that cannot match `markdown` and
 * cost a try where they are keyed (hand-written: the autolink and table
 * tries alone took about 8% of the parse of the bench's real-world corpus):
 * GFM's literal autolinks,
 * tried at the start of every word, need `@`, `www.` or `://`; its table,
 * tried at every line, needs a delimiter row, which has a `|`, `:-` or `-:`;
 * its footnotes, tried at every bracket, need `[^`; its task list check,
 * tried at every `[`, needs `[` and white space or `x`. With `blocksOnly`, text keeps only its
 * line endings (which micromark needs to map text back to lines): inline
 * markup is read as plain text, and definitions are read as ever (their
 * labels, destinations and titles are not text).
 */
function pruneConstructs(
  constructs: ParseContext['constructs'],
  markdown: string,
  blocksOnly: boolean | undefined,
  noTables: boolean | undefined
): void {
  const names = new Set<string>()
  if (noTables) names.add('table')
  if (!markdown.includes('@')) names.add('emailAutolink')
  if (!/www\./i.test(markdown)) names.add('wwwAutolink')
  if (!markdown.includes('://')) names.add('protocolAutolink')
  if (!markdown.includes('|') && !markdown.includes(':-') && !markdown.includes('-:')) names.add('table')
  if (!markdown.includes('[^')) for (const name of ['gfmFootnoteDefinition', 'gfmFootnoteCall', 'gfmPotentialFootnoteCall']) names.add(name)
  if (!taskListCheck.test(markdown)) names.add('tasklistCheck')
  if (names.size > 0) {
    const pruned = (construct: Construct) => names.has(construct.name ?? '')
    for (const map of [constructs.document, constructs.flow, constructs.text]) without(map, pruned)
  }
  if (blocksOnly) constructs.text = lineEndingsOnly(constructs.text)
}

/** Of a map of text constructs, those of line endings (which micromark needs to map text back to lines). */
function lineEndingsOnly(map: ParseContext['constructs']['text']): ParseContext['constructs']['text'] {
  const text = map as Record<string, Construct | Construct[] | undefined>
  return Object.fromEntries(lineEndings.map((code) => [code, text[code]]))
}

/**
 * A text tokenizer of this parse that reads no inline markup: micromark's
 * text initializer takes the parser's text constructs when it is created,
 * so they are swapped for the line endings' alone while it is.
 */
function literalText(parser: ParseContext): Create {
  const create = parser.text
  return (from) => {
    const constructs = parser.constructs.text
    parser.constructs.text = lineEndingsOnly(constructs)
    try {
      return create(from)
    } finally {
      parser.constructs.text = constructs
    }
  }
}

/** Take the constructs `drop` picks out of a map of constructs by code (of this parse: micromark combines them anew for each). */
function without(map: ParseContext['constructs']['text'], drop: (construct: Construct) => boolean): void {
  const record = map as Record<string, Construct | Construct[] | undefined>
  for (const code of Object.keys(record)) {
    const value = record[code]
    const list = Array.isArray(value) ? value : value ? [value] : []
    if (list.some(drop)) record[code] = list.filter((construct) => !drop(construct))
  }
}

/** What a task list item's check needs: `[`, then white space or `x`. */
const taskListCheck = /\[[\sxX]/

/** micromark's codes of a carriage return, a line feed, and both. */
const lineEndings = [-5, -4, -3]

/**
 * An extension whose only effect is to call `setUp` with micromark's parse
 * context before anything is tokenized: a container construct, tried at the
 * start of the first line (keyed on `[` too, to come before GFM's footnote
 * definition, which records what it defines), which fails at once and takes
 * itself out of the parser's constructs (so that no later line tries it: a
 * try costs a state snapshot).
 */
function setUpParser(setUp: (parser: ParseContext) => void): Extension {
  let done = false
  const construct: Construct = {
    name: 'okrContentSetUp',
    tokenize(_effects, _ok, nok) {
      // On `[` it is in the list twice (keyed and for any code).
      if (done) return nok
      done = true
      without(this.parser.constructs.document, (other) => other === construct)
      setUp(this.parser)
      return nok
    }
  }
  return {document: {null: [construct], [leftSquareBracket]: [construct]}}
}

const leftSquareBracket = 91

const nothing: ReadonlySet<string> = new Set()

/**
 * micromark's list of defined identifiers (`parser.defined`,
 * `parser.gfmFootnotes`), which it asks `includes` for every reference and
 * footnote definition: a `Set` answers in constant time where the array
 * made many references quadratic. It also answers for `elsewhere`.
 */
class IdentifierList extends Array<string> {
  static override get [Symbol.species]() {
    return Array
  }

  readonly own = new Set<string>()
  readonly elsewhere: ReadonlySet<string>

  constructor(elsewhere: ReadonlySet<string> = nothing) {
    super()
    this.elsewhere = elsewhere
  }

  override includes(identifier: string): boolean {
    return this.own.has(identifier) || this.elsewhere.has(identifier)
  }

  override push(...identifiers: string[]): number {
    for (const identifier of identifiers) this.own.add(identifier)
    return super.push(...identifiers)
  }
}

/**
 * What every match of the transform's four patterns contains (`https?://`,
 * `www.`, an e-mail's `@`): the transform looks at one text node at a time,
 * so a text without any of these is left as it is, and is skipped here
 * (hand-written: the transform costs a tenth of a small document's parse).
 */
const mayAutolink = /:\/\/|www\.|@/i

/**
 * Run the autolink-literal transform on the text children of every parent
 * outside links, one parent at a time: the other children are swapped for
 * leaves while it runs, so it never descends.
 */
function linkLiterals(tree: Root): void {
  const stack: Parents[] = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    let hasText = false
    for (const child of parent.children as Nodes[]) {
      if (child.type === 'text') hasText ||= mayAutolink.test(child.value)
      else if ('children' in child && child.type !== 'link' && child.type !== 'linkReference') stack.push(child)
    }
    if (hasText) linkLiteralsIn(parent)
  }
}

function linkLiteralsIn(parent: Parents): void {
  const originals = parent.children as Nodes[]
  const leaves = originals.map((child, index): Nodes => (child.type === 'text' ? child : ({type: 'text', value: '', data: {original: index}} as Text)))
  const shallow = {type: 'root', children: leaves} as Root
  autolinkTransform(shallow)
  parent.children = (shallow.children as Nodes[]).map((child) => {
    const original = (child.data as {original?: number} | undefined)?.original
    return original === undefined ? child : originals[original]!
  }) as PhrasingContent[]
}
