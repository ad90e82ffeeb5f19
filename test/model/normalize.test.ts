import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import * as arbitrary from '../../src/arbitraries/index.js'
import {content, docsLink, gallery, paragraph, person, rgba, textRun} from '../../src/model/build.js'
import {normalizeContent} from '../../src/model/normalize.js'
import type {Content} from '../../src/model/types.js'
import {runs} from '../support/runs.js'

describe('normalizeContent', () => {
  it('merges equal neighbours, drops empty runs, false flags and empty styles', () => {
    const tree = content(
      paragraph([textRun('a', {}), textRun(''), textRun('b', {bold: false, strikeThrough: false}), textRun('c', {bold: true}), textRun('d', {bold: true})])
    )
    expect(normalizeContent(tree)).toEqual(content(paragraph([textRun('ab'), textRun('cd', {bold: true})])))
  })

  it('fills a missing alpha with 1 and keeps the documented key order', () => {
    const run = {type: 'textRun' as const, textRun: {style: {textColor: {blue: 3, green: 2, red: 1}}, text: 'x'}}
    const normalized = normalizeContent({blocks: [{paragraph: {elements: [run]}, type: 'paragraph'}]})
    expect(JSON.stringify(normalized)).toBe(
      '{"blocks":[{"type":"paragraph","paragraph":{"elements":[{"type":"textRun","textRun":{"text":"x","style":{"textColor":{"red":1,"green":2,"blue":3,"alpha":1}}}}]}}]}'
    )
  })

  it('fills a missing number with the ordinal the item shows', () => {
    const tree = content(
      paragraph([textRun('a')], {type: 'number', indentLevel: 1, number: 4}),
      paragraph([textRun('b')], {type: 'number', indentLevel: 2}),
      paragraph([textRun('c')], {type: 'number', indentLevel: 1}),
      paragraph([textRun('d')], {type: 'bullet', indentLevel: 1}),
      paragraph([textRun('e')], {type: 'number', indentLevel: 1})
    )
    const numbers = normalizeContent(tree).blocks.map((block) => block.type === 'paragraph' && block.paragraph.style?.list?.number)
    expect(numbers).toEqual([4, 1, 5, undefined, 1])
  })

  it('drops `number` where it does not show, and galleries without images', () => {
    const tree = content(paragraph([], {type: 'bullet', indentLevel: 1, number: 3}), gallery())
    expect(normalizeContent(tree)).toEqual(content(paragraph([], {type: 'bullet', indentLevel: 1})))
  })

  it('keeps a line break unstyled, and turns CR LF and CR into LF', () => {
    const tree = content(paragraph([textRun('a\r\nb\rc', {bold: true})]))
    expect(normalizeContent(tree)).toEqual(
      content(paragraph([textRun('a', {bold: true}), textRun('\n'), textRun('b', {bold: true}), textRun('\n'), textRun('c', {bold: true})]))
    )
  })

  it('replaces U+0000 and lone surrogates by U+FFFD', () => {
    expect(normalizeContent(content(paragraph([textRun('a\0b\uD800')])))).toEqual(content(paragraph([textRun('a\uFFFDb\uFFFD')])))
  })

  it('does not mutate its input', () => {
    const tree = content(paragraph([textRun('a'), textRun('b')]))
    const copy = structuredClone(tree)
    normalizeContent(tree)
    expect(tree).toEqual(copy)
  })

  const differences: Array<[string, Content, Content]> = [
    ['an ordered number', content(paragraph([textRun('a')], {type: 'number', indentLevel: 1, number: 1})), content(paragraph([textRun('a')], {type: 'number', indentLevel: 1, number: 2}))],
    ['strikeThrough on a space', content(paragraph([textRun('a'), textRun(' ', {strikeThrough: true}), textRun('b')])), content(paragraph([textRun('a b')]))],
    ['a link on a space', content(paragraph([textRun(' ', {link: {url: 'https://a.b'}})])), content(paragraph([textRun(' ')]))],
    ['bold on a space', content(paragraph([textRun(' ', {bold: true})])), content(paragraph([textRun(' ')]))],
    ['an alpha', content(paragraph([textRun('a', {backColor: rgba(1, 2, 3, 0.5)})])), content(paragraph([textRun('a', {backColor: rgba(1, 2, 3, 1)})]))],
    ['repeated spaces', content(paragraph([textRun('a  b')])), content(paragraph([textRun('a b')]))],
    ['an empty paragraph', content(paragraph([])), content()],
    ['an indent level', content(paragraph([], {type: 'indent', indentLevel: 1})), content(paragraph([], {type: 'indent', indentLevel: 2}))],
    ['a docsLink title', content(paragraph([docsLink('https://a.feishu.cn/docx/x', 'T')])), content(paragraph([docsLink('https://a.feishu.cn/docx/x')]))],
    ['a person userId', content(paragraph([person('ou_1', '7')])), content(paragraph([person('ou_1')]))],
    ['image dimensions', content(gallery({src: 'https://a.b/c.png', width: 3})), content(gallery({src: 'https://a.b/c.png'}))],
    ['two galleries or one', content(gallery({src: 'https://a.b/c.png'}), gallery({src: 'https://a.b/d.png'})), content(gallery({src: 'https://a.b/c.png'}, {src: 'https://a.b/d.png'}))]
  ]

  for (const [what, left, right] of differences) {
    it(`never hides a difference that shows: ${what}`, () => {
      expect(normalizeContent(left)).not.toEqual(normalizeContent(right))
    })
  }

  it('is idempotent', () => {
    fc.assert(
      fc.property(arbitrary.content(), (tree) => {
        const once = normalizeContent(tree)
        expect(normalizeContent(once)).toEqual(once)
      }),
      {numRuns: runs}
    )
  })
})
