/**
 * Link reference and footnote definitions are document-wide: `[x]` is a
 * link wherever the document defines `x`, before or after it, and the first
 * definition of a label (in document order) gives the URL. A document read
 * part by part therefore finds every definition first, then parses each part
 * knowing all of them (`parse`'s `defined`), and takes URLs and titles from
 * here. Finding definitions needs only the blocks (`blocksOnly`: linear, no
 * inline parse), and only of parts that may have some (`mayDefine`); a part
 * of nothing but definitions gives no content, so it need not be parsed
 * again (`onlyDefinitions`).
 */
import type {Definition, Nodes, Root} from 'mdast'
import {type Defined, parse} from './parse.js'

interface DocumentDefinitions {
  /** Link definitions by mdast identifier, the first of each. */
  links: Map<string, Definition>
  /** micromark's identifiers of every link and footnote definition. */
  defined: Defined
  /** The parts (their indices) that hold link definitions and nothing else. */
  onlyDefinitions: Set<number>
}

/**
 * A line where a definition may start (`[label]:`, `[^label]:`): a label
 * opens the line after white space and container markers, and holds no
 * unescaped bracket. (Linear: a try stops at the next bracket.)
 */
const mayDefine = /^[ \t>*+\-.)\d]*\[(?:[^[\]\\]|\\[^])*\]:/m
/** The same, on the first line that is not blank from where it is tried. */
const definitionStart = /(?:[ \t]*(?:\r\n|\r|\n))*[ \t>*+\-.)\d]*\[(?:[^[\]\\]|\\[^])*\]:/y

/** Whether the first non-blank line from `offset` (a line start) may start a definition. */
export function mayStartWithDefinition(source: string, offset: number): boolean {
  definitionStart.lastIndex = offset
  return definitionStart.test(source)
}

/** The definitions in `parts` of `source`, each part read as `markdownToContent` reads it. */
export function collectDefinitions(source: string, parts: ReadonlyArray<{start: number; end: number}>): DocumentDefinitions {
  const links = new Map<string, Definition>()
  const linkIds = new Set<string>()
  const noteIds = new Set<string>()
  const onlyDefinitions = new Set<number>()
  parts.forEach((part, index) => {
    const text = source.slice(part.start, part.end)
    if (!mayDefine.test(text)) return
    const {tree, defined} = parse(text, {blocksOnly: true})
    for (const identifier of defined.links) linkIds.add(identifier)
    for (const identifier of defined.notes) noteIds.add(identifier)
    definitionsIn(tree, links)
    if (tree.children.every((node) => node.type === 'definition')) onlyDefinitions.add(index)
  })
  return {links, defined: {links: linkIds, notes: noteIds}, onlyDefinitions}
}

/** Link definitions of a tree (in block quotes, list items, footnotes too) added to `into`; the first of a label wins. */
export function definitionsIn(tree: Root, into = new Map<string, Definition>()): Map<string, Definition> {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'definition') {
      if (!into.has(node.identifier)) into.set(node.identifier, node)
    } else if (node.type === 'root' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'footnoteDefinition') {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
    }
  }
  return into
}
