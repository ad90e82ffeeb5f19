import type {Element, ElementContent, Properties, Root} from 'hast'
import {h} from 'hastscript'
import type {HtmlSink, Tag} from './sink.js'

/** An element as hast: its name and properties, copied into each node made from it. */
interface HastTag extends Tag {
  properties: Properties
}

/**
 * A hast tree, for rehype pipelines: properties made by `hastscript` from the
 * writer's attributes. Open elements are a stack, so no depth of nesting
 * reaches the call stack.
 */
export function createHastSink(): HtmlSink<Root> {
  const root: Root = {type: 'root', children: []}
  const open: Array<Root | Element> = [root]
  const deferred: Element[] = []
  const br: HastTag = {tagName: 'br', properties: {}}

  function append(node: ElementContent): void {
    ;(open[open.length - 1]!.children as ElementContent[]).push(node)
  }

  function element(tag: Tag): Element {
    return {type: 'element', tagName: tag.tagName, properties: copy((tag as HastTag).properties), children: []}
  }

  return {
    kind: 'hast',
    tag(tagName, attributes) {
      return {tagName, properties: h(tagName, {...attributes}).properties} satisfies HastTag
    },
    doctype() {
      root.children.push({type: 'doctype'})
    },
    open(tag) {
      const node = element(tag)
      append(node)
      open.push(node)
    },
    close() {
      open.pop()
    },
    empty(tag) {
      append(element(tag))
    },
    openDeferred(tagName) {
      const node: Element = {type: 'element', tagName, properties: {}, children: []}
      append(node)
      open.push(node)
      return deferred.push(node) - 1
    },
    closeDeferred(handle, tag) {
      deferred[handle]!.properties = copy((tag as HastTag).properties)
      open.pop()
    },
    text(value, plain) {
      if (plain) return append({type: 'text', value})
      const lines = value.split('\n')
      for (let index = 0; index < lines.length; index++) {
        if (index > 0) append(element(br))
        if (lines[index]) append({type: 'text', value: lines[index]!})
      }
    },
    plain(value) {
      append({type: 'text', value})
    },
    end() {
      return root
    }
  }
}

/** Properties of a node of its own: nodes made from one tag share no array. */
function copy(properties: Properties): Properties {
  const result: Properties = {}
  for (const name in properties) {
    const value = properties[name]
    result[name] = Array.isArray(value) ? [...value] : value
  }
  return result
}
