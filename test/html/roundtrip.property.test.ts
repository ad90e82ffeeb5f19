import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {content} from '../../src/arbitraries/index.js'
import {contentToHtml, htmlToContent} from '../../src/html/index.js'
import {normalizeContent} from '../../src/model/normalize.js'
import {runs, withinUrlPolicy} from './support.js'

describe('HTML round trip: htmlToContent(contentToHtml(c)) = c', () => {
  it('holds for every valid tree (inline styles)', () => {
    fc.assert(
      fc.property(content(), (tree) => {
        const expected = normalizeContent(withinUrlPolicy(tree))
        expect(normalizeContent(htmlToContent(contentToHtml(tree)))).toEqual(expected)
      }),
      {numRuns: runs}
    )
  })

  it('holds in class mode', () => {
    fc.assert(
      fc.property(content(), (tree) => {
        const expected = normalizeContent(withinUrlPolicy(tree))
        expect(normalizeContent(htmlToContent(contentToHtml(tree, {styles: 'classes'})))).toEqual(expected)
      }),
      {numRuns: runs}
    )
  })

  it('holds in document mode with link options and a custom class prefix', () => {
    fc.assert(
      fc.property(content(), (tree) => {
        const html = contentToHtml(tree, {styles: 'classes', classPrefix: 'x-', document: {title: 'T'}, linkTarget: '_blank'})
        expect(normalizeContent(htmlToContent(html, {classPrefix: 'x-'}))).toEqual(normalizeContent(withinUrlPolicy(tree)))
      }),
      {numRuns: runs}
    )
  })

  it('holds exactly (within the URL policy) for trees whose URLs are all safe', () => {
    fc.assert(
      fc.property(content(), (tree) => {
        fc.pre(JSON.stringify(withinUrlPolicy(tree)) === JSON.stringify(tree))
        expect(normalizeContent(htmlToContent(contentToHtml(tree)))).toEqual(normalizeContent(tree))
      }),
      {numRuns: runs}
    )
  })

  it('never mutates its input', () => {
    fc.assert(
      fc.property(content(), (tree) => {
        const before = structuredClone(tree)
        contentToHtml(tree)
        expect(tree).toEqual(before)
      }),
      {numRuns: Math.ceil(runs / 4)}
    )
  })

  // Found by `npm run fuzz` (seed 1795304695956): a docsLink outside the URL
  // policy is shown as text, but a CR in its URL was written as `&#13;`
  // (which a browser shows as a space) instead of a line break.
  it('shows a CR in an unsafe docsLink URL as the line break it is in text', () => {
    const tree = {
      blocks: [{type: 'paragraph' as const, paragraph: {elements: [{type: 'docsLink' as const, docsLink: {url: ':\r'}}, {type: 'textRun' as const, textRun: {text: '\r\n'}}]}}]
    }
    expect(contentToHtml(tree)).toBe('<p style="white-space: pre-wrap">:<br><br><br></p>')
    expect(normalizeContent(htmlToContent(contentToHtml(tree)))).toEqual(normalizeContent(withinUrlPolicy(tree)))
  })
})
