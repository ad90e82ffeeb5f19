import type {Element, ElementContent, Properties, Root, RootContent} from 'hast'
import type {Position} from 'unist'
import {parseFragment} from 'parse5'
import type {DefaultTreeAdapterMap} from 'parse5'

type SourceNode = DefaultTreeAdapterMap['childNode']
type SourceParent = DefaultTreeAdapterMap['parentNode']
type Location = {startLine: number; startCol: number; startOffset: number; endLine: number; endCol: number; endOffset: number}

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
 */
export function parseHtml(html: string): Root {
  const source = parseFragment(html, {sourceCodeLocationInfo: true})
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

function properties(attributes: Array<{name: string; value: string}>): Properties {
  const result: Properties = {}
  for (const {name, value} of attributes) {
    if (name === 'class') result.className = value.split(/[ \t\n\f\r]+/).filter(Boolean)
    else if (name === 'checked' || name === 'disabled') result[name] = true
    else if (name.startsWith('data-') || name.startsWith('aria-')) result[camelCase(name)] = value
    else result[name] = value
  }
  return result
}

function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

function position(location: Location | null | undefined): Position | undefined {
  if (!location) return undefined
  return {
    start: {line: location.startLine, column: location.startCol, offset: location.startOffset},
    end: {line: location.endLine, column: location.endCol, offset: location.endOffset}
  }
}
