import type {Nodes, Parents, PhrasingContent, Root, Text} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {gfm} from 'micromark-extension-gfm'

/**
 * Markdown → mdast exactly as `unified().use(remarkParse).use(remarkGfm)`
 * parses it (remark-parse is `mdast-util-from-markdown`, remark-gfm adds
 * these two extensions), with one change of method, not of result: GFM's
 * literal-autolink transform walks the tree recursively, which overflows the
 * stack on deeply nested input (10,000 `>`), so it runs here one parent at a
 * time, from a loop.
 */
const [autolinkLiteral, ...otherExtensions] = gfmFromMarkdown()
const autolinkTransform = autolinkLiteral!.transforms![0]!
const mdastExtensions = [{...autolinkLiteral, transforms: []}, ...otherExtensions]
const micromarkExtensions = [gfm()]

export function parseMarkdown(markdown: string): Root {
  const tree = fromMarkdown(markdown, {extensions: micromarkExtensions, mdastExtensions})
  linkLiterals(tree)
  return tree
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
