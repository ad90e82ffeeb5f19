import type {Element, ElementContent, Properties, Root, RootContent} from 'hast'
import type {Position} from 'unist'

/**
 * The source tree the HTML reader walks, as the parser of each platform
 * gives it: parse5's own tree in Node (`parse.ts`), the same shape built
 * from the platform's DOM in browsers (`parse.browser.ts`). Only what the
 * reader looks at: text, elements (lower-case tag names, attributes in
 * source order), children. Comments and doctypes may be there; nothing
 * reads them.
 */
export interface SourceText {
  nodeName: '#text'
  value: string
  sourceCodeLocation?: Location | null | undefined
}
export interface SourceElement {
  nodeName: string
  tagName: string
  attrs: Array<{name: string; value: string}>
  childNodes: SourceNode[]
  sourceCodeLocation?: Location | null | undefined
}
export type SourceNode = SourceText | SourceElement | {nodeName: '#comment' | '#documentType'}
export interface SourceFragment {
  childNodes: SourceNode[]
}
type SourceParent = SourceFragment | SourceElement
interface Location {
  startLine: number
  startCol: number
  startOffset: number
  endLine: number
  endCol: number
  endOffset: number
}

/**
 * A source tree → hast, as `hast-util-from-html` and `rehype-parse` build it
 * for what this reader looks at, written as a loop because
 * `hast-util-from-parse5` recurses once per level and overflows the stack
 * near 5,000 nested elements. `className` is a list, `data-*`/`aria-*`
 * attributes are camelCased (`dataOpenId`), other attributes keep their
 * name, values stay strings (boolean attributes: `true`). Comments and
 * doctypes are left out (the reader ignores them), and so is `<template>`
 * content. (`htmlToContent` reads the source tree directly; this is for
 * `hastToContent`.)
 */
export function sourceToHast(source: SourceFragment): Root {
  const root: Root = {type: 'root', children: []}
  const stack: Array<{source: SourceParent; target: Array<RootContent | ElementContent>}> = [
    {source, target: root.children}
  ]
  while (stack.length > 0) {
    const {source: parent, target} = stack.pop()!
    for (const node of parent.childNodes) {
      if (node.nodeName === '#text') {
        const text = node as SourceText
        target.push({type: 'text', value: text.value, position: position(text.sourceCodeLocation)})
      } else if ('tagName' in node) {
        const element: Element = {
          type: 'element',
          tagName: node.tagName,
          properties: properties(node.attrs),
          children: [],
          position: position(node.sourceCodeLocation)
        }
        target.push(element)
        if (node.childNodes.length > 0) stack.push({source: node, target: element.children})
      }
    }
  }
  return root
}

const noChildren: ElementContent[] = Object.freeze([]) as unknown as ElementContent[]
const noProperties: Properties = Object.freeze({}) as Properties

/**
 * A source element seen as a hast element by the handlers, built as it is
 * entered: no children (they are read from the source tree; `children` is a
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
