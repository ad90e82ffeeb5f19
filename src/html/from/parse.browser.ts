import type {Root} from 'hast'
import {cdataNode, elementNode, parseInert, textNode, type DomElement, type DomNode} from '../../dialect/platform-html.js'
import {sourceToHast, type SourceElement, type SourceFragment, type SourceNode} from './tree.js'

export {ElementView, type SourceElement, type SourceNode} from './tree.js'

/**
 * `parse.ts` in browsers (the `browser` export condition): HTML → the
 * reader's source tree with the platform's own HTML parser instead of parse5
 * (some 30 KB min+gzip, with its entity tables, that a browser already has),
 * parsed as parse5 parses it (`dialect/platform-html.ts`), then copied into
 * the shape of parse5's tree (a loop, so deep input is fine). The test in
 * Chromium (test/browser/paste.test.ts) holds the content read this way
 * equal to Node's on every HTML fixture. The platform's parser keeps no
 * source positions: messages have none here (`locations` is not used).
 */
export function parseSource(html: string, locations: boolean): SourceFragment {
  void locations
  const fragment: SourceFragment = {childNodes: []}
  const stack: Array<{from: DomNode; into: SourceNode[]}> = [{from: parseInert(html), into: fragment.childNodes}]
  while (stack.length > 0) {
    const {from, into} = stack.pop()!
    for (let node = from.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === textNode || node.nodeType === cdataNode) {
        into.push({nodeName: '#text', value: node.nodeValue ?? ''})
      } else if (node.nodeType === elementNode) {
        const element = node as DomElement
        const attrs: SourceElement['attrs'] = []
        for (let index = 0; index < element.attributes.length; index++) {
          const attribute = element.attributes[index]!
          attrs.push({name: attribute.name, value: attribute.value})
        }
        const source: SourceElement = {nodeName: element.localName, tagName: element.localName, attrs, childNodes: []}
        into.push(source)
        if (element.firstChild) stack.push({from: element, into: source.childNodes})
      }
      // Comments, doctypes and processing instructions show nothing.
    }
  }
  return fragment
}

/** HTML → hast, as a fragment, without positions (`tree.ts`'s `sourceToHast`). */
export function parseHtml(html: string): Root {
  return sourceToHast(parseSource(html, false))
}
