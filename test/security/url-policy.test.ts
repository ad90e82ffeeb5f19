import type {Nodes as MdastNodes, Root} from 'mdast'
import {parseFragment} from 'parse5'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {handlers} from '../../src/html/from/handlers/index.js'
import {ignore} from '../../src/html/from/handlers/ignore.js'
import {htmlToContent} from '../../src/html/index.js'
import {markdownToContent, parseMarkdown} from '../../src/markdown/index.js'
import {tokenizeHtml} from '../../src/dialect/html-tag.js'
import type {Content} from '../../src/model/types.js'
import {isSafeUrl, type UrlUse} from '../../src/dialect/url.js'
import {urlPayloads} from './payloads.js'

/**
 * One URL policy at every boundary (README § Security): each payload, in
 * every construct of each format that can carry a URL, gives content whose
 * URLs are all inside the policy, and each URL refused is reported once, with
 * rule `url` and a position. What counts as refused is found independently of
 * the readers: the URLs the parser puts in the tree (mdast for Markdown,
 * parse5 for HTML) that `isSafeUrl` rejects.
 */

const markdownConstructs: Record<string, (url: string) => string> = {
  'inline link': (url) => `[x](${url})`,
  'inline link, <destination>': (url) => `[x](<${url}>)`,
  'docs link': (url) => `[t](<${url}> "docsLink")`,
  image: (url) => `![a](${url})`,
  'image, <destination>': (url) => `![](<${url}>)`,
  'reference definition, used by a link, an image and a shortcut': (url) => `[r]: <${url}>\n\n[x][r] ![y][r] [r]`,
  autolink: (url) => `<${url}>`,
  'literal text (GFM autolinks)': (url) => `a ${url} b`,
  'inline <a href> and <img src>': (url) => `a <a href="${url}">x</a> <img src="${url}"> b`,
  "inline <a href='…'>": (url) => `a <a href='${url}'>x</a> b`,
  'HTML block': (url) => `<div><a href="${url}">x</a><img src="${url}" data-file-token="box"></div>`,
  '<img> alone on a line': (url) => `<img src="${url}">`,
  'in a list item and a quote': (url) => `- [x](<${url}>)\n\n> ![](<${url}>)`
}

const htmlConstructs: Record<string, (url: string) => string> = {
  '<a href>': (url) => `<a href="${url}">x</a>`,
  "<a href='…'>": (url) => `<p><a href='${url}'>x</a></p>`,
  '<a href data-docs-link>': (url) => `<a href="${url}" data-docs-link="">t</a>`,
  '<img src>': (url) => `<img src="${url}">`,
  '<img src data-file-token>': (url) => `<p>a<img src="${url}" data-file-token="box"></p>`,
  '<area href>': (url) => `<map name="m"><area href="${url}"></map>`,
  '<form action>, <button formaction>': (url) => `<form action="${url}"><button formaction="${url}">x</button></form>`,
  '<img srcset>': (url) => `<img srcset="${url} 1x">`,
  '<svg><a xlink:href>': (url) => `<svg><a xlink:href="${url}">x</a></svg>`,
  '<iframe src>, <object data>, <embed src>': (url) => `<iframe src="${url}"></iframe><object data="${url}"></object><embed src="${url}">`,
  '<base href>, <link href>': (url) => `<base href="${url}"><link rel="stylesheet" href="${url}"><a href="x">x</a>`
}

/** Every URL of a tree with its use. */
function contentUrls(content: Content): Array<[string, UrlUse]> {
  const urls: Array<[string, UrlUse]> = []
  for (const block of content.blocks) {
    if (block.type === 'gallery') {
      for (const image of block.gallery.imageList) if (image.src !== undefined) urls.push([image.src, 'image'])
      continue
    }
    for (const element of block.paragraph.elements) {
      if (element.type === 'docsLink') urls.push([element.docsLink.url, 'link'])
      if (element.type === 'textRun' && element.textRun.style?.link) urls.push([element.textRun.style.link.url, 'link'])
    }
  }
  return urls
}

/** The URLs outside the policy that the Markdown parser puts where the reader reads them. */
function refusedInMarkdown(markdown: string): number {
  const tree: Root = parseMarkdown(markdown)
  const definitions = new Map<string, string>()
  const nodes: MdastNodes[] = []
  const stack: MdastNodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    nodes.push(node)
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url)
    if ('children' in node) stack.push(...node.children)
  }
  let refused = 0
  const check = (url: string | undefined, use: UrlUse) => {
    if (url !== undefined && url !== '' && !isSafeUrl(url, use)) refused++
  }
  for (const node of nodes) {
    if (node.type === 'link') check(node.url, 'link')
    else if (node.type === 'image') check(node.url, 'image')
    else if (node.type === 'linkReference') check(definitions.get(node.identifier), 'link')
    else if (node.type === 'imageReference') check(definitions.get(node.identifier), 'image')
    else if (node.type === 'html') {
      for (const token of tokenizeHtml(node.value)) {
        if (token.type !== 'open') continue
        if (token.name === 'a') check(token.attributes.href, 'link')
        if (token.name === 'img') check(token.attributes.src, 'image')
      }
    }
  }
  return refused
}

interface Parse5Node {
  nodeName: string
  tagName?: string
  attrs?: Array<{name: string; value: string}>
  childNodes?: Parse5Node[]
}

/** The URLs outside the policy that parse5 puts where the HTML reader reads them (not in elements it skips). */
function refusedInHtml(html: string): number {
  let refused = 0
  const stack: Parse5Node[] = [parseFragment(html) as unknown as Parse5Node]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.tagName && handlers[node.tagName] === ignore) continue
    const attribute = (name: string) => node.attrs?.find((attr) => attr.name === name)?.value
    if (node.tagName === 'a') {
      const href = attribute('href')
      if (href !== undefined && !isSafeUrl(href, 'link')) refused++
    }
    if (node.tagName === 'img') {
      const src = attribute('src')
      if (src && !isSafeUrl(src, 'image')) refused++
    }
    stack.push(...(node.childNodes ?? []))
  }
  return refused
}

function read(convert: (input: string, options: {onMessage: (message: VFileMessage) => void}) => Content, input: string) {
  const messages: VFileMessage[] = []
  const content = convert(input, {onMessage: (message) => messages.push(message)})
  return {content, urlMessages: messages.filter((message) => message.ruleId === 'url')}
}

function expectWithinPolicy(content: Content): void {
  for (const [url, use] of contentUrls(content)) expect(isSafeUrl(url, use), `${use} ${JSON.stringify(url)}`).toBe(true)
}

const markdownCases = Object.entries(markdownConstructs).flatMap(([name, write]) => urlPayloads.map((payload) => [name, payload, write(payload)] as const))
const htmlCases = Object.entries(htmlConstructs).flatMap(([name, write]) => urlPayloads.map((payload) => [name, payload, write(payload)] as const))

describe(`URL payloads: ${urlPayloads.length} payloads, ${markdownCases.length + htmlCases.length} cases`, () => {
  it.each(markdownCases)('Markdown, %s: %j', (_name, _payload, markdown) => {
    const {content, urlMessages} = read(markdownToContent, markdown)
    expectWithinPolicy(content)
    expect(urlMessages).toHaveLength(refusedInMarkdown(markdown))
    for (const message of urlMessages) expect(message.place).toBeDefined()
  })

  it.each(htmlCases)('HTML, %s: %j', (_name, _payload, html) => {
    const {content, urlMessages} = read(htmlToContent, html)
    expectWithinPolicy(content)
    expect(urlMessages).toHaveLength(refusedInHtml(html))
    for (const message of urlMessages) expect(message.place).toBeDefined()
  })

  // The counts are not vacuous: most payloads are refused, in both formats.
  it('refuses most payloads in both formats', () => {
    const refused = urlPayloads.filter((payload) => refusedInMarkdown(`[x](<${payload}>)`) > 0 && refusedInHtml(`<a href="${payload}">x</a>`) > 0)
    expect(refused.length).toBeGreaterThan(urlPayloads.length / 2)
  })
})

describe('what a refused URL leaves', () => {
  it('a refused link keeps its text and its other styles', () => {
    const expected = {blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'x', style: {bold: true}}}]}}]}
    expect(markdownToContent('**[x](javascript:alert(1))**')).toEqual(expected)
    expect(htmlToContent('<b><a href="javascript:alert(1)">x</a></b>')).toEqual(expected)
  })

  it('a refused docs link keeps its title, or without one its URL, as text', () => {
    expect(markdownToContent('[t](javascript:alert(1) "docsLink")')).toEqual(markdownToContent('t'))
    expect(markdownToContent('[](javascript:alert(1) "docsLink")')).toEqual({
      blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'javascript:alert(1)'}}]}}]
    })
  })

  it('a refused image goes, keeping its data-file-token, in both readers', () => {
    const html = '<img src="javascript:alert(1)" data-file-token="box">'
    const expected = {blocks: [{type: 'gallery', gallery: {imageList: [{fileToken: 'box'}]}}]}
    expect(markdownToContent(html)).toEqual(expected)
    expect(htmlToContent(html)).toEqual(expected)
    expect(markdownToContent('![a](javascript:alert(1))')).toEqual({blocks: []})
  })

  // Found by the Markdown round trip (FC_RUNS=20000): a gallery of refused
  // images was read as the white space between them.
  it('images refused side by side leave nothing, not the white space between them', () => {
    expect(markdownToContent('![](javascript:alert(1)) ![](mailto:someone@example.com)')).toEqual({blocks: []})
    expect(markdownToContent('![](javascript:alert(1)) ![](https://example.com/a.png)')).toEqual({
      blocks: [{type: 'gallery', gallery: {imageList: [{src: 'https://example.com/a.png'}]}}]
    })
    expect(markdownToContent('- ![](javascript:alert(1))')).toEqual(htmlToContent('<ul><li><img src="javascript:alert(1)"></li></ul>'))
  })

  it('reports a refused URL once, where the construct is', () => {
    const {urlMessages} = read(markdownToContent, 'a\n\n[x](vbscript:msgbox(1)) and ![](data:image/svg+xml,x)\n\n[r]: <javascript:alert(1)>')
    expect(urlMessages.map((message) => [message.line, message.column, message.reason])).toEqual([
      [3, 1, 'URL dropped: it is outside the URL policy (README § Security) ("vbscript:msgbox(1)")'],
      [3, 29, 'URL dropped: it is outside the URL policy (README § Security) ("data:image/svg+xml,x")']
    ])
  })

  it('<irc://…> and other schemes outside the policy are text on both sides', () => {
    const expected = {blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'irc://example.com/x'}}]}}]}
    expect(markdownToContent('<irc://example.com/x>')).toEqual(expected)
    expect(htmlToContent('<a href="irc://example.com/x">irc://example.com/x</a>')).toEqual(expected)
  })
})
