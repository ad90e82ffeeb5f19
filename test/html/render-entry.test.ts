import {describe, expect, it} from 'vitest'
import * as render from '../../src/html/render.js'
import {contentToHtml, defaultCss, stylesheet} from '../../src/html/index.js'
import {isSafeUrl} from '../../src/dialect/url.js'

/**
 * `okr-content/html` (src/html/render.ts): render only (its bundle size and
 * the parsers it must not pull in: test/bundle-size.test.ts).
 */
describe('render-only entry (okr-content/html)', () => {
  it('exports the writer, the stylesheet and the URL policy of the main entry', () => {
    expect(Object.keys(render).sort()).toEqual(['contentToHtml', 'defaultCss', 'isSafeUrl', 'stylesheet'])
    expect(render.stylesheet).toBe(stylesheet)
    expect(render.defaultCss).toBe(defaultCss)
    expect(render.isSafeUrl).toBe(isSafeUrl)
  })

  it('writes what the main entry writes', () => {
    const tree = {blocks: [{type: 'paragraph' as const, paragraph: {elements: [{type: 'textRun' as const, textRun: {text: 'a <b>', style: {bold: true}}}]}}]}
    expect(render.contentToHtml(tree, {styles: 'classes'})).toBe(contentToHtml(tree, {styles: 'classes'}))
  })

  it('says so, without a crash from deep inside, when a tree is malformed', () => {
    expect(() => render.contentToHtml({blocks: [{type: 'paragraph', paragraph: {}}]} as never)).toThrow(
      /^okr-content\/html: cannot write this tree .*validateContent/
    )
  })
})
