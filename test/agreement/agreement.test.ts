import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {micromark} from 'micromark'
import {gfm, gfmHtml} from 'micromark-extension-gfm'
import {describe, expect, it} from 'vitest'
import * as arbitrary from '../../src/arbitraries/index.js'
import {htmlToContent} from '../../src/html/index.js'
import {contentToMarkdown, markdownToContent} from '../../src/markdown/index.js'
import {normalizeContent} from '../../src/model/normalize.js'
import {runs} from '../support/runs.js'
import {allUrlsSafe, hasInvisibleEdge, visible} from './visible.js'

/** The standard HTML rendering of Markdown: micromark with GFM, raw HTML kept. */
function render(markdown: string): string {
  return micromark(markdown, {allowDangerousHtml: true, allowDangerousProtocol: true, extensions: [gfm()], htmlExtensions: [gfmHtml()]})
}

/**
 * `test/fixtures/agreement/<case>/`: `input.md` and `input.html` (its standard
 * rendering) say the same thing, and both give `output.json`.
 */
const root = new URL('../fixtures/agreement/', import.meta.url).pathname

describe('Markdown and HTML that say the same thing give the same tree', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(root, name, 'output.json'), 'utf8'))
      const markdown = readFileSync(join(root, name, 'input.md'), 'utf8')
      const html = readFileSync(join(root, name, 'input.html'), 'utf8')
      expect(normalizeContent(markdownToContent(markdown))).toEqual(expected)
      expect(normalizeContent(htmlToContent(html))).toEqual(expected)
      expect(render(markdown)).toBe(html)
    })
  }

  // What differs is what a reader of the rendered page cannot see: runs of
  // white space (a browser collapses them, our Markdown keeps them to be
  // lossless) and URL encoding (the renderer percent-encodes); `visible`
  // projects those away. URLs outside the policy are left out: both readers
  // refuse them (test/security/url-policy.test.ts), but the rendering of an
  // untitled docs link, `[](url "docsLink")`, is an empty `<a>`, while the
  // Markdown reader knows the dialect: refused, it shows its URL as text.
  it('the tree of any of our Markdown equals the tree of its standard rendering, as a reader sees them', () => {
    fc.assert(
      fc.property(arbitrary.content({maxBlocks: 4}).filter((content) => allUrlsSafe(content) && !hasInvisibleEdge(content)), (content) => {
        const markdown = contentToMarkdown(content)
        expect(visible(htmlToContent(render(markdown)))).toEqual(visible(markdownToContent(markdown)))
      }),
      {numRuns: runs}
    )
  })
})
