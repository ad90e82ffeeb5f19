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
})
