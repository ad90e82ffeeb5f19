import type {Nodes, Paragraph, Parents, PhrasingContent, Root} from 'mdast'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {defaultHandlers, type Handle, type Info, type State} from 'mdast-util-to-markdown'
import type {DocsLinkOption} from '../../dialect/docs-link.js'
import {flagMarks} from '../../model/format.js'
import {normalizeContent} from '../../model/normalize.js'
import type {Block} from '../../model/types.js'
import {markdownToContent, mdastToContent} from '../from/index.js'
import type {Flavor} from './flavor.js'
import type {PlainRule} from './losses.js'

/**
 * The writer checks itself. mdast-util-to-markdown decides some of the
 * output after our handlers have (a character written as a reference next
 * to `**` or `~~` so that the delimiter flanks; text GFM links in the plain
 * flavor), so the meaning of a paragraph can depend on choices made after
 * ours. Where it can (the flavor's `suspect`), the written paragraph is read
 * back and compared with what its mdast means to the reader; when they
 * differ, the paragraph is written again in a form known to read back: its
 * bold and strikethrough as the dialect's tags (lossless flavor) or dropped
 * and reported (plain flavor, rule `plain-emphasis`). What still differs is
 * reported (rule `read-back`), never written in silence. ARCHITECTURE.md §
 * The Markdown writer's rules has the table.
 *
 * The paragraphs of a document are read back together, in one parse (a
 * parse costs ~1 ms before it reads a character): the document is written
 * again only when one of them differs.
 */
interface ReadBack {
  flavor: Flavor
  lose: (rule: PlainRule, offset: number, excerpt?: string) => void
  docsLinks: DocsLinkOption | undefined
}

/** The paragraphs `contentToMarkdown` writes, with what checking each needs (not on `contentToMdast`'s tree). */
export const readBacks = new WeakMap<Paragraph, ReadBack>()

/** Where each bold or strikethrough node starts in its paragraph's text, for the plain flavor's report. */
export const markOffsets = new WeakMap<Nodes, number>()

/** Switched off only by the test that shows what the check catches. */
export const checks = {enabled: true}

/** The paragraphs written during one `toMarkdown` call that may not read back: their node and text. */
let written: Array<{node: Paragraph; text: string}> | undefined

/** The paragraph handler this one wraps: GFM's (it writes a task item's `[ ]`), else the default. */
const write: Handle =
  (gfmToMarkdown().extensions ?? []).map((extension) => extension.handlers?.paragraph).find((handler) => handler !== undefined) ??
  defaultHandlers.paragraph

export const paragraph = (node: Paragraph, parent: Parents | undefined, state: State, info: Info): string => {
  const text = write(node, parent, state, info)
  const check = written && readBacks.get(node)
  if (check && node.children.length > 0 && check.flavor.suspect(text)) {
    // A task item's first paragraph starts with GFM's check (`[ ] `): the item's, not the paragraph's.
    const task = parent?.type === 'listItem' && typeof parent.checked === 'boolean' && parent.children[0] === node ? 4 : 0
    written!.push({node, text: text.slice(task)})
  }
  return text
}

/**
 * `serialize(root)`, checked: the suspect paragraphs read back, and those
 * that differ rewritten (then checked once more: what still differs is
 * reported).
 */
export function writeChecked(root: Root, serialize: (root: Root) => string): string {
  if (!checks.enabled) return serialize(root)
  written = []
  let markdown = serialize(root)
  const first = differing(written)
  if (first.length > 0) {
    for (const node of first) node.children = rewriteMarks(node.children, readBacks.get(node)!)
    written = []
    markdown = serialize(root)
    const rewritten = new Set(first)
    for (const node of differing(written.filter((paragraph) => rewritten.has(paragraph.node)))) {
      readBacks.get(node)!.lose('read-back', 0)
    }
  }
  written = undefined
  return markdown
}

/** A paragraph that separates the others in the batch: it reads back as itself, and nothing else does. */
const separator = 'okr\u2060read\u2060back\u2060separator'

/** The paragraphs of `batch` whose text does not read back as their mdast reads. */
function differing(batch: Array<{node: Paragraph; text: string}>): Paragraph[] {
  if (batch.length === 0) return []
  const docsLinks = readBacks.get(batch[0]!.node)!.docsLinks
  const separatorNode: Paragraph = {type: 'paragraph', children: [{type: 'text', value: separator}]}
  const expected = parts(mdastToContent({type: 'root', children: batch.flatMap(({node}, index) => (index === 0 ? [node] : [separatorNode, node]))}, {docsLinks}).blocks)
  const actual = parts(markdownToContent(batch.map(({text}) => text).join(`\n\n${separator}\n\n`), {docsLinks}).blocks)
  if (actual.length !== batch.length) return batch.map(({node}) => node)
  return batch.filter((_paragraph, index) => actual[index] !== expected[index]).map(({node}) => node)
}

/** The blocks between separators, each part normalized and as a string. */
function parts(blocks: Block[]): string[] {
  const result: Block[][] = [[]]
  for (const block of blocks) {
    const only = block.type === 'paragraph' && block.paragraph.elements.length === 1 ? block.paragraph.elements[0] : undefined
    if (only?.type === 'textRun' && only.textRun.text === separator && !only.textRun.style) result.push([])
    else result.at(-1)!.push(block)
  }
  return result.map((part) => JSON.stringify(normalizeContent({blocks: part})))
}

/** The dialect tags of the flag marks' mdast nodes (`strong`: `<b>`, `delete`: `<s>`). */
const flagTags = new Map<string, string>(flagMarks.map((row) => [row.mdast, row.html.markdownTag!]))

/** Every bold and strikethrough node of `children` as the flavor writes it when the delimiter cannot stand. */
function rewriteMarks(children: PhrasingContent[], check: ReadBack): PhrasingContent[] {
  const result: PhrasingContent[] = []
  for (const child of children) {
    if (!('children' in child)) {
      result.push(child)
      continue
    }
    const inner = rewriteMarks(child.children as PhrasingContent[], check)
    const tag = flagTags.get(child.type)
    if (tag === undefined) result.push({...child, children: inner} as PhrasingContent)
    else result.push(...check.flavor.unsafeMark(tag, inner, (excerpt) => check.lose('plain-emphasis', markOffsets.get(child) ?? 0, excerpt)))
  }
  return result
}
