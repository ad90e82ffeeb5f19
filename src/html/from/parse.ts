import type {Element, ElementContent, Properties, Root, RootContent} from 'hast'
import type {Position} from 'unist'
import {parseFragment} from 'parse5'
import type {DefaultTreeAdapterMap} from 'parse5'

export type SourceNode = DefaultTreeAdapterMap['childNode']
type SourceParent = DefaultTreeAdapterMap['parentNode']
export type SourceElement = DefaultTreeAdapterMap['element']
type Location = {startLine: number; startCol: number; startOffset: number; endLine: number; endCol: number; endOffset: number}

/**
 * HTML → parse5's own tree, as a fragment, the way `hast-util-from-html` and
 * `rehype-parse` parse it. `locations`: keep source positions (twice the
 * parse time: ask only when they are reported).
 */
export function parseSource(html: string, locations: boolean): DefaultTreeAdapterMap['documentFragment'] {
  return parseFragment(html, {sourceCodeLocationInfo: locations})
}

/**
 * HTML → hast with `parse5`, the parser of `hast-util-from-html` and
 * `rehype-parse`, as a fragment. The parse5 → hast step is written here as a
 * loop because `hast-util-from-parse5` recurses once per level and overflows
 * the stack near 5,000 nested elements, while parse5 itself does not. The
 * result is hast as those tools build it for what this reader looks at:
 * `className` is a list, `data-*`/`aria-*` attributes are camelCased
 * (`dataOpenId`), other attributes keep their name, values stay strings
 * (boolean attributes: `true`). Comments and doctypes are left out (the
 * reader ignores them), and so is `<template>` content.
 * (`htmlToContent` reads parse5's tree directly; this is for `hastToContent`.)
 */
export function parseHtml(html: string): Root {
  const source = parseSource(html, true)
  const root: Root = {type: 'root', children: []}
  const stack: Array<{source: SourceParent; target: Array<RootContent | ElementContent>}> = [
    {source, target: root.children}
  ]
  while (stack.length > 0) {
    const {source: parent, target} = stack.pop()!
    for (const node of parent.childNodes as SourceNode[]) {
      if (node.nodeName === '#text') {
        const text = node as DefaultTreeAdapterMap['textNode']
        target.push({type: 'text', value: text.value, position: position(text.sourceCodeLocation)})
      } else if ('tagName' in node) {
        const element = toElement(node)
        target.push(element)
        if (node.childNodes.length > 0) stack.push({source: node, target: element.children})
      }
    }
  }
  return root
}

/**
 * The hast element of a parse5 element, without its children (`children` is
 * a fresh empty list): what `parseHtml` builds.
 */
function toElement(node: SourceElement): Element {
  return {
    type: 'element',
    tagName: node.tagName,
    properties: properties(node.attrs),
    children: [],
    position: position(node.sourceCodeLocation)
  }
}

const noChildren: ElementContent[] = Object.freeze([]) as unknown as ElementContent[]
const noProperties: Properties = Object.freeze({}) as Properties

/**
 * A parse5 element seen as a hast element by the handlers, built as it is
 * entered: no children (they are read from parse5's tree; `children` is a
 * shared empty list), properties as `parseHtml` makes them (shared and empty
 * without attributes), and a position made only when a message asks for it.
 * Neither is to be changed.
 */
export class ElementView implements Element {
  readonly type = 'element' as const
  readonly tagName: string
  readonly properties: Properties
  readonly children: ElementContent[] = noChildren
  private readonly source: SourceElement

  constructor(source: SourceElement) {
    this.source = source
    this.tagName = source.tagName
    this.properties = source.attrs.length === 0 ? noProperties : properties(source.attrs)
  }

  get position(): Position | undefined {
    return position(this.source.sourceCodeLocation)
  }
}

function properties(attributes: Array<{name: string; value: string}>): Properties {
  const result: Properties = {}
  for (let index = 0; index < attributes.length; index++) {
    const {name, value} = attributes[index]!
    if (name === 'class') result.className = classNames(value)
    else if (name === 'checked' || name === 'disabled') result[name] = true
    else if (name.startsWith('data-') || name.startsWith('aria-')) result[camelCase(name)] = value
    else result[name] = value
  }
  return result
}

const classSeparator = /[ \t\n\f\r]+/
const classWhitespace = /[ \t\n\f\r]/

function classNames(value: string): string[] {
  if (!classWhitespace.test(value)) return value === '' ? [] : [value]
  return value.split(classSeparator).filter(Boolean)
}
const dashLetter = /-([a-z])/g
const camelCases = new Map<string, string>()

function camelCase(name: string): string {
  let result = camelCases.get(name)
  if (result === undefined) {
    result = name.replace(dashLetter, (_, letter: string) => letter.toUpperCase())
    if (camelCases.size >= 512) camelCases.clear()
    if (name.length <= 64) camelCases.set(name, result)
  }
  return result
}

function position(location: Location | null | undefined): Position | undefined {
  if (!location) return undefined
  return {
    start: {line: location.startLine, column: location.startCol, offset: location.startOffset},
    end: {line: location.endLine, column: location.endCol, offset: location.endOffset}
  }
}
