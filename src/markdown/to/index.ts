import type {BlockContent, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown, type Options as ToMarkdownOptions} from 'mdast-util-to-markdown'
import {docsUrlTest, type DocsLinkOption} from '../../docs-link.js'
import {type NestedNode, nestBlocks} from '../../lists.js'
import {writeValid} from '../../model/guard.js'
import {normalizeContent} from '../../model/normalize.js'
import type {Block, Content, Element, Image} from '../../model/types.js'
import type {PersonOptions} from '../../person.js'
import {breakTag, emptyLines} from '../syntax/break.js'
import {splitMarker, text} from '../syntax/autolink-literal.js'
import {imgTag, needsImgTag} from '../syntax/image.js'
import {link} from './handlers.js'
import {paragraphPhrasing, type PhrasingOptions} from './phrasing.js'

export interface ContentToMarkdownOptions extends PersonOptions {
  /**
   * Which URLs the reader will take for documents (same option as
   * `markdownToContent`): a plain link to one is marked so it stays a link.
   */
  docsLinks?: DocsLinkOption | undefined
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
  handlers: {text, link},
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
 * A list that starts with a number other than 1 cannot interrupt a
 * paragraph, even from inside a block quote opened on the same line
 * (micromark carries the interruption into the quote): a blank line
 * between them keeps it a list. mdast-util-to-markdown checks only the
 * direct paragraph-then-list case.
 */
function separateInterruptingList(left: Nodes, right: Nodes): number | undefined {
  if (left.type !== 'paragraph' || right.type !== 'blockquote') return undefined
  let head: Nodes | undefined = right
  while (head?.type === 'blockquote') head = head.children[0]
  return head?.type === 'list' && head.ordered && head.start !== 1 ? 1 : undefined
}

/**
 * Convert a `content_block` tree to Markdown: CommonMark + GFM for what they
 * have, this library's dialect for the rest (README § Markdown). Lossless:
 * `markdownToContent` gives back the same tree, up to `normalizeContent`.
 */
export function contentToMarkdown(content: Content, options: ContentToMarkdownOptions = {}): string {
  return writeValid(content, () => toMarkdown(contentToMdast(content, options), serializerOptions))
}

/** The mdast tree `contentToMarkdown` serializes, for remark pipelines. */
export function contentToMdast(content: Content, options: ContentToMarkdownOptions = {}): Root {
  return writeValid(content, () => buildMdast(content, options))
}

function buildMdast(content: Content, options: ContentToMarkdownOptions): Root {
  const phrasingOptions: PhrasingOptions = {isDocsUrl: docsUrlTest(options.docsLinks), people: options.people, resolvePerson: options.resolvePerson}
  const nested = nestBlocks(normalizeContent(content).blocks, {splitOnNumberGap: true})
  return {type: 'root', children: flow(nested, phrasingOptions) as RootContent[]}
}

function flow(nodes: NestedNode[], options: PhrasingOptions): BlockContent[] {
  return nodes.map((node): BlockContent => {
    if (node.type === 'block') return block(node.block, options)
    if (node.type === 'indent') return {type: 'blockquote', children: flow(node.children, options)}
    return {
      type: 'list',
      ordered: node.ordered,
      start: node.ordered ? node.start : null,
      spread: false,
      children: node.items.map((item): ListItem => ({
        type: 'listItem',
        spread: false,
        checked: item.listType === 'checkBox' ? false : item.listType === 'checkedBox' ? true : null,
        children: [block(item.block, options, item.listType !== 'bullet' && item.listType !== 'number'), ...flow(item.children, options)]
      }))
    }
  })
}

/** `inTask`: the first block of a task item, which GFM wants as a paragraph. */
function block(block: Block, options: PhrasingOptions, inTask = false): BlockContent {
  if (block.type === 'gallery') return galleryParagraph(block.gallery.imageList)
  const elements = block.paragraph.elements
  const breaks = onlyBreaks(elements)
  // An empty paragraph is a line of `<br>`; each further `<br>` an empty line
  // in it. Written as flow HTML, so the writer knows it runs to a blank line;
  // after a task marker it is inline, so it goes in a paragraph.
  if (breaks !== undefined) {
    return inTask
      ? {type: 'paragraph', children: [{type: 'html', value: breakTag.repeat(breaks + 1)}]}
      : {type: 'html', value: emptyLines(breaks)}
  }
  return {type: 'paragraph', children: paragraphPhrasing(elements, options)}
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

function galleryParagraph(images: Image[]): Paragraph {
  const children: PhrasingContent[] = []
  images.forEach((image, index) => {
    if (index > 0) children.push({type: 'text', value: ' '})
    children.push(needsImgTag(image) ? {type: 'html', value: imgTag(image)} : {type: 'image', url: image.src!, alt: ''})
  })
  // A line of one tag would be an HTML block, which renderers do not wrap in
  // a paragraph (two such galleries would show as one row): an empty comment
  // keeps it a paragraph.
  if (children.length === 1 && children[0]!.type === 'html') children.push({type: 'html', value: splitMarker})
  return {type: 'paragraph', children}
}
