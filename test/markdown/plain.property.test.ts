import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import * as arbitrary from '../../src/arbitraries/index.js'
import {contentToMarkdown, markdownToContent} from '../../src/markdown/index.js'
import {parseMarkdown} from '../../src/markdown/from/parse.js'
import {callerPaths} from '../../src/markdown/to/losses.js'
import {normalizeContent} from '../../src/model/normalize.js'
import type {Content, Element} from '../../src/model/types.js'
import {runs} from '../support/runs.js'
import {htmlNodes, shownText} from './plain-support.js'

/**
 * Trees the plain flavor can more often write whole: those of the
 * arbitraries without colors, mentions, and images' tokens and sizes. Of
 * the arbitraries' own trees, about one in nine loses nothing; of these
 * and those, one in six.
 */
const plainish = arbitrary.content().map((content): Content => ({
  blocks: content.blocks.map((block) => {
    if (block.type === 'gallery') return {type: 'gallery', gallery: {imageList: block.gallery.imageList.map(({src, fileToken}) => (src ? {src} : {fileToken}))}}
    const elements = block.paragraph.elements.filter((element) => element.type !== 'person').map((element): Element => {
      if (element.type !== 'textRun' || !element.textRun.style) return element
      const {textColor: _text, backColor: _back, ...style} = element.textRun.style
      return {type: 'textRun', textRun: {text: element.textRun.text, style}}
    })
    return {type: 'paragraph', paragraph: {...block.paragraph, elements}}
  })
}))

function plain(content: Content): {markdown: string; messages: VFileMessage[]} {
  const messages: VFileMessage[] = []
  const markdown = contentToMarkdown(content, {flavor: 'plain', onMessage: (message) => messages.push(message)})
  return {markdown, messages}
}

describe('plain Markdown laws', () => {
  it('holds no HTML: its parse has no html node', () => {
    fc.assert(
      fc.property(fc.oneof(arbitrary.content(), plainish), (content) => {
        expect(htmlNodes(parseMarkdown(contentToMarkdown(content, {flavor: 'plain'})))).toEqual([])
      }),
      {numRuns: runs}
    )
  })

  it('loses only what it reports: with no message, Markdown → content gives back the same tree', () => {
    let whole = 0
    fc.assert(
      fc.property(fc.oneof(arbitrary.content(), plainish), (content) => {
        const {markdown, messages} = plain(content)
        if (messages.length > 0) return
        whole++
        expect(normalizeContent(markdownToContent(markdown))).toEqual(normalizeContent(content))
      }),
      {numRuns: runs}
    )
    // The law was put to the test, not only vacuously true (one in six, measured).
    if (runs >= 100) expect(whole).toBeGreaterThan(runs / 20)
  })

  it('keeps what a reader sees whatever it reports: the text of each paragraph (but the breaks that end it), and each image URL', () => {
    fc.assert(
      fc.property(arbitrary.content(), (content) => {
        const {markdown} = plain(content)
        expect(shownText(markdownToContent(markdown))).toEqual(shownText(content))
      }),
      {numRuns: runs}
    )
  })

  it('reports nothing in the lossless flavor', () => {
    fc.assert(
      fc.property(arbitrary.content(), (content) => {
        const messages: VFileMessage[] = []
        contentToMarkdown(content, {onMessage: (message) => messages.push(message)})
        expect(messages).toEqual([])
      }),
      {numRuns: Math.ceil(runs / 4)}
    )
  })
})

/** The characters of a paragraph's text: a run's, and one for each other element (its type). */
function units(elements: Element[]): string[] {
  return elements.flatMap((element) => (element.type === 'textRun' ? [...element.textRun.text].flatMap((character) => character.split('')) : [`<${element.type}>`]))
}

function normalizedElements(elements: Element[]): Element[] {
  const [block] = normalizeContent({blocks: [{type: 'paragraph', paragraph: {elements}}]}).blocks
  return block!.type === 'paragraph' ? block!.paragraph.elements : []
}

describe('callerPaths', () => {
  it('can ask normalizeContent one block and one element at a time: it keeps a block by itself, and each element by itself', () => {
    fc.assert(
      fc.property(arbitrary.content(), (content) => {
        const normalized = normalizeContent(content).blocks
        const kept = content.blocks.filter((block) => normalizeContent({blocks: [block]}).blocks.length > 0)
        expect(kept.map((block) => block.type)).toEqual(normalized.map((block) => block.type))
        kept.forEach((block, index) => {
          const written = normalized[index]!
          if (block.type === 'gallery' || written.type === 'gallery') {
            expect(written.type === 'gallery' && block.type === 'gallery' && written.gallery.imageList.length).toBe(block.type === 'gallery' && block.gallery.imageList.length)
            return
          }
          const oneByOne = block.paragraph.elements.flatMap((element) => units(normalizedElements([element])))
          expect(oneByOne).toEqual(units(written.paragraph.elements))
        })
      }),
      {numRuns: runs}
    )
  })

  it('names, for each character of a normalized paragraph, the caller element it comes from', () => {
    fc.assert(
      fc.property(arbitrary.content(), (content) => {
        const pathOf = callerPaths(content)
        normalizeContent(content).blocks.forEach((block, index) => {
          if (block.type !== 'paragraph') return
          units(block.paragraph.elements).forEach((unit, offset) => {
            const match = /^blocks\[(\d+)\]\.paragraph\.elements\[(\d+)\]$/.exec(pathOf({block: index, offset}))
            expect(match).not.toBeNull()
            const callerBlock = content.blocks[Number(match![1])]!
            const element = callerBlock.type === 'paragraph' ? callerBlock.paragraph.elements[Number(match![2])] : undefined
            expect(element).toBeDefined()
            const from = units(normalizedElements([element!]))
            // The element holds a character of this kind (the very one, for a mention or a link).
            expect(unit.startsWith('<') && unit.length > 1 ? from : from.filter((character) => character === unit)).toContain(unit)
          })
        })
      }),
      {numRuns: Math.ceil(runs / 4)}
    )
  })
})
