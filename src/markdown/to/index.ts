import type {BlockContent, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown, type Options as ToMarkdownOptions} from 'mdast-util-to-markdown'
import {docsUrlTest, type DocsLinkOption} from '../../dialect/docs-link.js'
import {mentionDirectory} from '../../dialect/mention-names.js'
import {type NestedItem, type NestedNode, nestBlocks} from '../../model/lists.js'
import {writeValid} from '../../model/guard.js'
import {isSafeUrl} from '../../dialect/url.js'
import {normalizeContent} from '../../model/normalize.js'
import type {MessageOptions} from '../../messages.js'
import type {Block, Content, Element, Image} from '../../model/types.js'
import type {PersonOptions} from '../../dialect/mention.js'
import {breakTag, emptyLines} from '../../dialect/break.js'
import {plainText, splitMarker, text} from '../../dialect/autolink-literal.js'
import {imgTag, needsImgTag} from '../../dialect/image.js'
import {type Flavor, lossless, plain} from './flavor.js'
import {link} from './handlers.js'
import {paragraph, readBacks, writeChecked} from './read-back.js'
import {createLosses, type Losses} from './losses.js'
import {type LoseAt, paragraphPhrasing, type PhrasingOptions} from './phrasing.js'

export interface ContentToMarkdownOptions extends PersonOptions, MessageOptions {
  /**
   * Which URLs the reader will take for documents (same option as
   * `markdownToContent`): a plain link to one is marked so it stays a link.
   */
  docsLinks?: DocsLinkOption | undefined
  /**
   * `'lossless'` (default): CommonMark + GFM, and this library's inline HTML
   * for the rest; `markdownToContent` gives back the same tree. `'plain'`:
   * CommonMark + GFM only, no HTML (for chats, e-mail, comments); what it
   * cannot say is dropped and reported (rules `plain-…`).
   */
  flavor?: 'lossless' | 'plain' | undefined
}

const serializerOptions: ToMarkdownOptions = {
  extensions: [gfmToMarkdown()],
  bullet: '-',
  listItemIndent: 'one',
  incrementListMarker: true,
  strong: '*',
  emphasis: '_',
  rule: '-',
  fences: true,
  resourceLink: false,
  handlers: {text, link, paragraph},
  join: [separateInterruptingList],
  unsafe: [
    // mdast-util-to-markdown writes a raw destination that starts with `<`
    // as is, which reads back as the `<…>` form: escape it.
    {character: '<', inConstruct: 'destinationRaw'},
    // CommonMark reads `<9.a@b.co>` or `<#@b>` as an e-mail autolink, in a
    // link's text too; the default patterns escape a `<` only before a
    // letter, `!`, `/` or `?`. Escape it before any other local part and `@`.
    {character: '<', after: "[\\d.#$%&'*+=^_`{|}~-][\\w.!#$%&'*+/=?^`{|}~-]*@[a-zA-Z\\d]", inConstruct: 'phrasing'}
  ]
}

/**
 * The plain flavor has no `<!---->` (see `plainText`), nor
 * mdast-util-gfm-autolink-literal's escapes (`a\@b.co`, `www\.x.com`),
 * which viewers that do not render Markdown show, and which do not keep
 * text from being linked anyway.
 */
const plainSerializerOptions: ToMarkdownOptions = {
  ...serializerOptions,
  extensions: (gfmToMarkdown().extensions ?? []).filter((extension) => !extension.unsafe?.every((pattern) => '@.:'.includes(pattern.character))),
  handlers: {text: plainText, link, paragraph}
}

/**
 * A list that starts with a number other than 1, or with an item that has
 * nothing on its marker's line (the plain flavor's empty paragraph), cannot
 * interrupt a paragraph, even from inside a block quote opened on the same
 * line (micromark carries the interruption into the quote): a blank line
 * between them keeps it a list. mdast-util-to-markdown checks only the
 * direct paragraph-then-list case, and only items with no children.
 */
function separateInterruptingList(left: Nodes, right: Nodes): number | undefined {
  if (left.type !== 'paragraph') return undefined
  // The empty paragraph that holds a list item's marker line (plain flavor).
  if (left.children.length === 0) return 0
  let head: Nodes | undefined = right
  while (head?.type === 'blockquote') head = head.children[0]
  return head?.type === 'list' && cannotInterrupt(head) ? 1 : undefined
}

function cannotInterrupt(list: List): boolean {
  const first = list.children[0]?.children[0]
  return (list.ordered === true && list.start !== 1) || !first || (first.type === 'paragraph' && first.children.length === 0)
}

/**
 * Convert a `content_block` tree to Markdown: CommonMark + GFM for what they
 * have, this library's dialect for the rest (README § Markdown). Lossless:
 * `markdownToContent` gives back the same tree, up to `normalizeContent`.
 * With `flavor: 'plain'`, CommonMark + GFM only, every loss reported.
 */
export function contentToMarkdown(content: Content, options: ContentToMarkdownOptions = {}): string {
  const flavor = flavorOf(options)
  return writeValid(content, () => {
    const {root, flush} = buildMdast(content, options, flavor, true)
    const serializer = flavor === plain ? plainSerializerOptions : serializerOptions
    const markdown = writeChecked(root, (tree) => toMarkdown(tree, serializer))
    // The losses found on reading paragraphs back too, in document order.
    flush()
    return markdown
  })
}

/** The mdast tree `contentToMarkdown` serializes, for remark pipelines. */
export function contentToMdast(content: Content, options: ContentToMarkdownOptions = {}): Root {
  return writeValid(content, () => {
    const {root, flush} = buildMdast(content, options, flavorOf(options), false)
    flush()
    return root
  })
}

function flavorOf(options: ContentToMarkdownOptions): Flavor {
  const flavor = options.flavor ?? 'lossless'
  if (flavor !== 'lossless' && flavor !== 'plain') throw new TypeError(`flavor: must be "lossless" or "plain", not ${JSON.stringify(flavor)}`)
  return flavor === 'plain' ? plain : lossless
}

/** What writing the flow needs. */
interface Writer {
  phrasing: PhrasingOptions
  plain: boolean
  /** Plain flavor: reports a loss (a no-op when nobody listens). */
  report: Losses['report']
  /** The index of each normalized block, for the places of its losses. */
  indexes: Map<Block, number>
  /** Whether paragraphs are read back when written, and the option that reading needs. */
  checked: boolean
  docsLinks: DocsLinkOption | undefined
}

/** `checked`: the paragraphs are read back when written (`read-back.ts`), not when the mdast is the result. */
function buildMdast(content: Content, options: ContentToMarkdownOptions, flavor: Flavor, checked: boolean): {root: Root; flush: () => void} {
  const isPlain = flavor === plain
  const phrasing: PhrasingOptions = {
    isDocsUrl: docsUrlTest(options.docsLinks),
    people: options.people,
    resolvePerson: options.resolvePerson,
    flavor,
    mentions: isPlain ? mentionDirectory(options.people) : undefined
  }
  const blocks = normalizeContent(content).blocks
  const reporting = Boolean(options.onMessage || options.file)
  const losses = isPlain || (checked && reporting) ? createLosses(content, options) : undefined
  const indexes = new Map(losses ? blocks.map((block, index) => [block, index]) : [])
  const writer: Writer = {phrasing, plain: isPlain, report: losses ? losses.report : noLoss, indexes, checked, docsLinks: options.docsLinks}
  const children = flow(nestBlocks(blocks, {splitOnNumberGap: true}), writer)
  return {root: {type: 'root', children: children as RootContent[]}, flush: losses ? losses.flush : noLoss}
}

function flow(nodes: NestedNode[], writer: Writer): BlockContent[] {
  const result: BlockContent[] = []
  for (const node of nodes) {
    if (node.type === 'block') {
      const written = block(node.block, writer)
      if (written) result.push(written)
    } else if (node.type === 'indent') {
      // The plain flavor may have dropped all it held: an empty quote reads back as nothing.
      const children = flow(node.children, writer)
      if (children.length > 0 || !writer.plain) result.push({type: 'blockquote', children})
    } else {
      result.push({
        type: 'list',
        ordered: node.ordered,
        start: node.ordered ? node.start : null,
        spread: false,
        children: node.items.map((item): ListItem => {
          const first = block(item.block, writer, item)
          const rest = flow(item.children, writer)
          return {
            type: 'listItem',
            spread: false,
            // A task needs its paragraph: without one (plain flavor), a bullet.
            checked: !first ? null : item.listType === 'checkBox' ? false : item.listType === 'checkedBox' ? true : null,
            // Without one, its children start on the next line (`-` then
            // `  1.`): on the marker's line, `- 1.` is a paragraph, "1.".
            children: first ? [first, ...rest] : rest.length > 0 ? [{type: 'paragraph', children: []}, ...rest] : []
          }
        })
      })
    }
  }
  return result
}

/**
 * A block, or nothing (plain flavor: it is lost, or an empty list item holds
 * it). `item`: the list item it is the first block of.
 */
function block(block: Block, writer: Writer, item?: NestedItem): BlockContent | undefined {
  if (block.type === 'gallery') return galleryParagraph(block.gallery.imageList, writer, block)
  const elements = block.paragraph.elements
  const breaks = onlyBreaks(elements)
  if (breaks !== undefined) return writer.plain ? plainEmptyParagraph(breaks, writer, block, item) : emptyParagraph(breaks, item)
  const lose: LoseAt = writer.report === noLoss ? noLoss : (rule, offset, excerpt) => writer.report(rule, {block: writer.indexes.get(block)!, offset}, excerpt)
  const paragraph: Paragraph = {type: 'paragraph', children: paragraphPhrasing(elements, writer.phrasing, lose)}
  if (writer.checked) readBacks.set(paragraph, {flavor: writer.phrasing.flavor, lose, docsLinks: writer.docsLinks})
  return paragraph
}

function noLoss(): void {}

/**
 * An empty paragraph is a line of `<br>`; each further `<br>` an empty line
 * in it. Written as flow HTML, so the writer knows it runs to a blank line;
 * after a task marker it is inline, so it goes in a paragraph.
 */
function emptyParagraph(breaks: number, item: NestedItem | undefined): BlockContent {
  return item && item.listType !== 'bullet' && item.listType !== 'number'
    ? {type: 'paragraph', children: [{type: 'html', value: breakTag.repeat(breaks + 1)}]}
    : {type: 'html', value: emptyLines(breaks)}
}

/**
 * Plain flavor: an empty list item (`-`, `1.`) is an empty paragraph with
 * its style; nothing else is, nor can hold line breaks alone. The paragraph
 * is dropped, its list item (if any) kept, empty, for its children.
 */
function plainEmptyParagraph(breaks: number, writer: Writer, block: Block, item: NestedItem | undefined): undefined {
  const kept = item && (item.listType === 'bullet' || item.listType === 'number') && breaks === 0 && item.children.length === 0
  if (!kept) writer.report('plain-empty-paragraph', {block: writer.indexes.get(block)!})
  return undefined
}

/** The number of line breaks, when a paragraph holds nothing else. */
function onlyBreaks(elements: Element[]): number | undefined {
  let count = 0
  for (const element of elements) {
    if (element.type !== 'textRun' || /[^\n]/.test(element.textRun.text)) return undefined
    count += element.textRun.text.length
  }
  return count
}

/**
 * One paragraph of images. The plain flavor writes `![](src)` for each,
 * dropping (and reporting) what needs the `<img>` tag: a fileToken, a size,
 * and an image without `src`; nothing when no image is left.
 */
function galleryParagraph(images: Image[], writer: Writer, block: Block): Paragraph | undefined {
  const children: PhrasingContent[] = []
  images.forEach((image, index) => {
    if (writer.plain && image.src !== undefined && !isSafeUrl(image.src, 'image')) {
      // Plain Markdown goes where people look: an image outside the policy is not written.
      writer.report('url', {block: writer.indexes.get(block)!, image: index}, image.src)
      return
    }
    const tag = needsImgTag(image)
    if (tag && writer.plain) writer.report('plain-image', {block: writer.indexes.get(block)!, image: index}, image.src ?? image.fileToken)
    if (tag && writer.plain && !image.src) return
    if (children.length > 0) children.push({type: 'text', value: ' '})
    children.push(tag && !writer.plain ? {type: 'html', value: imgTag(image)} : {type: 'image', url: image.src!, alt: ''})
  })
  if (children.length === 0) return undefined
  // A line of one tag would be an HTML block, which renderers do not wrap in
  // a paragraph (two such galleries would show as one row): an empty comment
  // keeps it a paragraph.
  if (children.length === 1 && children[0]!.type === 'html') children.push({type: 'html', value: splitMarker})
  return {type: 'paragraph', children}
}
