import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {describe, expect, it} from 'vitest'
import {contentToMarkdown, markdownToContent} from '../../src/markdown/index.js'
import type {Element} from '../../src/model/types.js'
import {remarkOkrContent} from '../../src/unified/index.js'

const people = {
  ou_li: 'Li',
  ou_lilei: {name: 'Li Lei', aliases: ['Lei'], email: 'li.lei@example.com'},
  ou_wang: '王芳',
  ou_m1: '李明',
  ou_m2: '李明',
  ou_jr: 'J.R. Smith'
}

function read(markdown: string) {
  const messages: string[] = []
  const content = markdownToContent(markdown, {people, onMessage: (message) => messages.push(`${message.ruleId} ${message.line}:${message.column} ${message.reason.replace(/^.*\((.*)\)$/, '$1')}`)})
  const elements = content.blocks.flatMap((block) => (block.type === 'paragraph' ? block.paragraph.elements : []))
  return {elements: elements.map(show), messages}
}

function show(element: Element): string {
  if (element.type === 'person') return `<${element.person.openId}>`
  if (element.type === 'textRun') return element.textRun.style?.link ? `[${element.textRun.text}]` : element.textRun.text
  return element.docsLink.url
}

describe('mentions by name (people on the Markdown reader)', () => {
  it('takes @ + the longest name the directory knows, at a word boundary', () => {
    expect(read('@Li Lei and @Li, @Li Leigh').elements).toEqual(['<ou_lilei>', ' and ', '<ou_li>', ', ', '<ou_li>', ' Leigh'])
    expect(read('**@J.R. Smith**: done').elements).toEqual(['<ou_jr>', ': done'])
  })

  it('reads CJK names without a space after them, and aliases and e-mail addresses', () => {
    expect(read('@王芳负责 @Lei @li.lei@example.com').elements).toEqual(['<ou_wang>', '负责 ', '<ou_lilei>', ' ', '<ou_lilei>'])
  })

  it('leaves an @ inside an e-mail address, a URL or a link as it is', () => {
    expect(read('li.lei@example.com x@Li https://x.dev/@Li [@Li](https://x.dev)').elements).toEqual([
      '[li.lei@example.com]',
      ' x@Li ',
      '[https://x.dev/@Li]',
      ' ',
      '[@Li]'
    ])
  })

  it('reports an unknown @name and an ambiguous one, keeping them as text; other @s are just text', () => {
    const {elements, messages} = read('Ask @Bob and @李明.\n\nScale @2x @ home, ask @Ann.')
    expect(elements).toEqual(['Ask @Bob and @李明.', 'Scale @2x @ home, ask @Ann.'])
    expect(messages).toEqual(['mention-unknown 1:1 @Bob', 'mention-ambiguous 1:1 @李明: ou_m1, ou_m2', 'mention-unknown 3:1 @Ann'])
  })

  it('reports @ + an e-mail address nobody has, keeping its link', () => {
    const {elements, messages} = read('Ask @nobody@example.com')
    expect(elements).toEqual(['Ask @', '[nobody@example.com]'])
    expect(messages).toEqual(['mention-unknown 1:6 @nobody@example.com'])
  })

  it('reads no mention without people', () => {
    expect(markdownToContent('@Li').blocks).toEqual([{type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: '@Li'}}]}}])
  })

  it('takes people in the unified plugin too', async () => {
    const file = await unified().use(remarkParse).use(remarkOkrContent, {people}).process('@Li Lei')
    expect(file.result).toEqual({blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'person', person: {openId: 'ou_lilei'}}]}}]})
  })
})

describe('plain flavor with people', () => {
  it('reports text that would read back as a mention (plain-at-name), and writes mentions that read back', () => {
    const content = {
      blocks: [
        {
          type: 'paragraph' as const,
          paragraph: {
            elements: [
              {type: 'textRun' as const, textRun: {text: 'mail @Li Lei: '}},
              {type: 'person' as const, person: {openId: 'ou_wang'}}
            ]
          }
        }
      ]
    }
    const rules: string[] = []
    const markdown = contentToMarkdown(content, {flavor: 'plain', people, onMessage: (message) => rules.push(String(message.ruleId))})
    expect(markdown).toBe('mail @Li Lei: @王芳\n')
    expect(rules).toEqual(['plain-at-name', 'plain-mention'])
    expect(markdownToContent(markdown, {people}).blocks).toEqual([
      {type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'mail '}}, {type: 'person', person: {openId: 'ou_lilei'}}, {type: 'textRun', textRun: {text: ': '}}, {type: 'person', person: {openId: 'ou_wang'}}]}}
    ])
  })
})
