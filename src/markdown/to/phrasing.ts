import type {PhrasingContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {personLabel, type PersonOptions} from '../../person.js'
import type {Color, Element, TextStyle} from '../../model/types.js'
import {breakTag} from '../syntax/break.js'
import {colorSpanClose, colorSpanOpen} from '../syntax/color.js'
import {docsLinkTitle, plainLinkTitle} from '../syntax/docs-link.js'
import {mentionClose, mentionOpen} from '../syntax/mention.js'

export interface PhrasingOptions extends PersonOptions {
  isDocsUrl: (url: string) => boolean
}

/** A text run cut at its line breaks: text with a style, a break, or a non-text element. */
type Token = {type: 'text'; text: string; style: TextStyle} | {type: 'break'} | {type: 'element'; element: Element}

/**
 * The marks of a run, outermost first. Nesting in a fixed order and grouping
 * neighbours that share the outer marks (as prosemirror-markdown diffs mark
 * sets) keeps the output small. Colors wrap emphasis, not the other way
 * round: a `**` next to a `<span>` tag reads back; an entity-encoded `<`
 * inside `**` would not be a tag.
 */
const marks: Array<{key: (style: TextStyle) => string | undefined; wrap: (style: TextStyle, children: PhrasingContent[], options: PhrasingOptions) => PhrasingContent[]}> = [
  {
    key: (style) => style.link?.url,
    wrap: (style, children, options) => [
      {type: 'link', url: style.link!.url, title: options.isDocsUrl(style.link!.url) ? plainLinkTitle : null, children}
    ]
  },
  {
    key: (style) => (style.textColor || style.backColor ? colorKey(style.textColor) + '/' + colorKey(style.backColor) : undefined),
    wrap: (style, children) => [{type: 'html', value: colorSpanOpen(style)}, ...children, {type: 'html', value: colorSpanClose}]
  },
  {key: (style) => (style.bold ? 'bold' : undefined), wrap: (_, children) => attention('strong', 'b', children)},
  {key: (style) => (style.strikeThrough ? 'strike' : undefined), wrap: (_, children) => attention('delete', 's', children)}
]

/**
 * Characters a character reference cannot carry (C0 and C1 controls but tab
 * and line endings: the reader turns `&#xB;` into U+FFFD). At the edge of
 * `**` or `~~`, mdast-util-to-markdown would need one to keep the marker
 * flanking; the `<b>` and `<s>` tags of our dialect need none.
 */
const unreferenceableEdge = /^[\0-\x08\v\x0E-\x1F\x7F-\x9F]|[\0-\x08\v\x0E-\x1F\x7F-\x9F]$/

function attention(type: 'strong' | 'delete', tag: string, children: PhrasingContent[]): PhrasingContent[] {
  if (!unreferenceableEdge.test(toString(children))) return [{type, children}]
  return [{type: 'html', value: `<${tag}>`}, ...children, {type: 'html', value: `</${tag}>`}]
}

function colorKey(color: Color | undefined): string {
  return color ? `${color.red},${color.green},${color.blue},${color.alpha}` : ''
}

/** The phrasing content of a normalized paragraph (not empty, not only breaks). */
export function paragraphPhrasing(elements: Element[], options: PhrasingOptions): PhrasingContent[] {
  const tokens = tokenize(elements)
  const result: PhrasingContent[] = []
  let start = 0
  for (let index = 0; index <= tokens.length; index++) {
    const token = tokens[index]
    if (token !== undefined && token.type !== 'break') continue
    result.push(...group(tokens.slice(start, index), 0, options))
    if (token) {
      // A backslash break does not exist at the edges of a paragraph; a
      // `<br>` that ends one shows nothing, so the last break takes two.
      const atEnd = index === tokens.length - 1
      const atEdge = index === 0 || atEnd
      result.push(atEdge ? {type: 'html', value: atEnd ? breakTag + breakTag : breakTag} : {type: 'break'})
    }
    start = index + 1
  }
  return result
}

function tokenize(elements: Element[]): Token[] {
  const tokens: Token[] = []
  for (const element of elements) {
    if (element.type !== 'textRun') {
      tokens.push({type: 'element', element})
      continue
    }
    const style = element.textRun.style ?? {}
    element.textRun.text.split('\n').forEach((text, index) => {
      if (index > 0) tokens.push({type: 'break'})
      if (text !== '') tokens.push({type: 'text', text, style})
    })
  }
  return tokens
}

/** Group neighbouring tokens by mark `depth` and wrap each group in it. */
function group(tokens: Token[], depth: number, options: PhrasingOptions): PhrasingContent[] {
  const mark = marks[depth]
  if (!mark) return tokens.map((token) => leaf(token, options)).flat()
  const result: PhrasingContent[] = []
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    const key = markKey(mark, token)
    let end = index + 1
    while (end < tokens.length && markKey(mark, tokens[end]!) === key) end++
    const children = group(tokens.slice(index, end), depth + 1, options)
    result.push(...(key === undefined ? children : mark.wrap((token as {style: TextStyle}).style, children, options)))
    index = end
  }
  return result
}

function markKey(mark: (typeof marks)[number], token: Token): string | undefined {
  return token.type === 'text' ? mark.key(token.style) : undefined
}

function leaf(token: Token, options: PhrasingOptions): PhrasingContent[] {
  if (token.type === 'text') return [{type: 'text', value: token.text}]
  if (token.type === 'break') return [{type: 'break'}]
  const element = token.element
  if (element.type === 'person') {
    const label = personLabel(element.person, options).name
    return [{type: 'html', value: mentionOpen(element.person)}, {type: 'text', value: '@' + label}, {type: 'html', value: mentionClose}]
  }
  if (element.type === 'docsLink') {
    const {url, title} = element.docsLink
    // The plain form reads back as a docsLink only for document URLs, and
    // `[url](url)` would become an autolink, which reads back without title.
    const plain = options.isDocsUrl(url) && title !== url
    return [{type: 'link', url, title: plain ? null : docsLinkTitle, children: [{type: 'text', value: title ?? (plain ? url : '')}]}]
  }
  return [{type: 'text', value: element.textRun.text}]
}
