import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import * as arbitrary from '../../src/arbitraries/index.js'
import {contentToMarkdown, markdownToContent} from '../../src/markdown/index.js'
import {normalizeContent} from '../../src/model/normalize.js'
import {validateContent} from '../../src/model/validate.js'
import {withinUrlPolicy} from '../html/support.js'
import {runs} from '../support/runs.js'

describe('Markdown laws', () => {
  // The writer keeps every URL; the reader refuses those outside the policy,
  // as the HTML round trip does: for trees within the policy, the identity.
  it('content → Markdown → content gives back the same tree (within the URL policy)', () => {
    fc.assert(
      fc.property(arbitrary.content(), (content) => {
        const markdown = contentToMarkdown(content)
        expect(normalizeContent(markdownToContent(markdown))).toEqual(normalizeContent(withinUrlPolicy(content)))
      }),
      {numRuns: runs}
    )
  })

  it('markdownToContent never throws on any string, and its output validates', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit: 'binary'}), arbitrary.markdownish()), (markdown) => {
        validateContent(markdownToContent(markdown))
      }),
      {numRuns: runs}
    )
  })

  it('Markdown → content → Markdown → content is stable after the first pass', () => {
    fc.assert(
      fc.property(arbitrary.markdownish(), (markdown) => {
        const once = normalizeContent(markdownToContent(markdown))
        const twice = normalizeContent(markdownToContent(contentToMarkdown(once)))
        expect(twice).toEqual(once)
      }),
      {numRuns: runs}
    )
  })
})
