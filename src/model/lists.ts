import type {Block, ListType, ParagraphBlock} from './types.js'

/**
 * The flat `indentLevel` sequence of the wire format, as a nested tree that
 * Markdown and HTML can write: lists of items, and "indent" containers (a
 * block quote in Markdown, a `<blockquote>` in HTML) for `indent`
 * paragraphs. Shared by both writers, so both nest the same way.
 *
 * Levels add up: each list item and each indent container is one level
 * deeper than the flow it stands in. A jump (level 1 → 3) is bridged with an
 * empty indent container, which holds no paragraph of its own and so gives
 * back no block when read again.
 */
export type NestedNode = NestedBlock | NestedList | NestedIndent

export interface NestedBlock {
  type: 'block'
  block: Block
}

export interface NestedList {
  type: 'list'
  ordered: boolean
  /** The number of the first item (ordered lists). */
  start: number
  items: NestedItem[]
}

export interface NestedItem {
  block: ParagraphBlock
  listType: Exclude<ListType, 'indent'>
  /** The number this item shows (ordered lists). */
  number: number
  children: NestedNode[]
}

export interface NestedIndent {
  type: 'indent'
  children: NestedNode[]
}

interface NestOptions {
  /**
   * Start a new list where an ordered item's number is not one more than
   * the previous one (Markdown cannot number items one by one; HTML can, with
   * `value`).
   */
  splitOnNumberGap?: boolean
}

/** Nest normalized blocks (numbers filled in, see `normalizeContent`). */
export function nestBlocks(blocks: Block[], options: NestOptions = {}): NestedNode[] {
  const root: NestedNode[] = []
  // `flows[depth]` is the children of the open container at that depth.
  const flows: NestedNode[][] = [root]

  for (const block of blocks) {
    const list = block.type === 'paragraph' ? block.paragraph.style?.list : undefined
    if (!list) {
      flows.length = 1
      root.push({type: 'block', block})
      continue
    }
    const level = list.indentLevel
    flows.length = Math.min(flows.length, level)
    while (flows.length < level) {
      const filler: NestedIndent = {type: 'indent', children: []}
      flows.at(-1)!.push(filler)
      flows.push(filler.children)
    }
    const parent = flows[level - 1]!
    const last = parent.at(-1)
    const paragraph = block as ParagraphBlock

    if (list.type === 'indent') {
      const container: NestedIndent = last?.type === 'indent' ? last : {type: 'indent', children: []}
      if (container !== last) parent.push(container)
      container.children.push({type: 'block', block: paragraph})
      flows.push(container.children)
      continue
    }

    const ordered = list.type === 'number'
    const number = list.number ?? 1
    const item: NestedItem = {block: paragraph, listType: list.type, number, children: []}
    const previous = last?.type === 'list' && last.ordered === ordered ? last : undefined
    const continues =
      previous !== undefined &&
      (!ordered || !options.splitOnNumberGap || previous.items.at(-1)!.number + 1 === number)
    if (continues) previous.items.push(item)
    else parent.push({type: 'list', ordered, start: number, items: [item]})
    flows.push(item.children)
  }

  return root
}
