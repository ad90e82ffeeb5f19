/**
 * The platform's own HTML parser, in browsers: what the `.browser.ts`
 * siblings use in place of parse5 and the `entities` tables
 * (`html/from/parse.browser.ts`, `dialect/entities.browser.ts`). HTML is
 * parsed as a fragment in the context of a `<template>`, as parse5's
 * `parseFragment` does: assigned to the `innerHTML` of a template element of
 * a document made by `DOMParser`, which has no browsing context, so nothing
 * in it runs or loads.
 */

/** What is used of the DOM (the package's types do not include the DOM library). */
export interface DomNode {
  readonly nodeType: number
  readonly nodeValue: string | null
  readonly firstChild: DomNode | null
  readonly nextSibling: DomNode | null
}
export interface DomElement extends DomNode {
  readonly localName: string
  readonly attributes: {readonly length: number; readonly [index: number]: {readonly name: string; readonly value: string}}
  getAttribute(name: string): string | null
}
interface DomTemplate {
  innerHTML: string
  readonly content: DomNode
}
declare const DOMParser: (new () => {parseFromString(text: string, type: string): {createElement(name: 'template'): DomTemplate}}) | undefined

export const elementNode = 1
export const textNode = 3
export const cdataNode = 4

let template: DomTemplate | undefined

/** `html` parsed as a fragment (the children of the returned node), in one template reused for each call. */
export function parseInert(html: string): DomNode {
  if (!template) {
    if (typeof DOMParser !== 'function') {
      throw new TypeError(
        'okr-content: this build (the `browser` export condition) reads HTML with the platform’s DOMParser, which this context lacks (a worker?): bundle it without the `browser` condition there'
      )
    }
    template = new DOMParser().parseFromString('', 'text/html').createElement('template')
  }
  template.innerHTML = html
  return template.content
}
