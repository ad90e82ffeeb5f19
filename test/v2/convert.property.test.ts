import fc from 'fast-check'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import * as arbitrary from '../../src/arbitraries/index.js'
import {contentToHtml, htmlToContent} from '../../src/html/index.js'
import {contentToMarkdown, markdownToContent} from '../../src/markdown/index.js'
import {
  contentFromV2,
  contentToV2,
  contentV2ToHtml,
  contentV2ToMarkdown,
  htmlToContentV2,
  markdownToContentV2,
  normalizeContentV2,
  validateContentV2
} from '../../src/v2/index.js'
import {withinUrlPolicy} from '../html/support.js'
import {runs} from '../support/runs.js'

function collect() {
  const messages: VFileMessage[] = []
  return {messages, onMessage: (message: VFileMessage) => messages.push(message)}
}

describe('v2 converters: the laws of the v1 ones, for v2 trees', () => {
  it('v2 → Markdown → v2 gives back the tree within the URL policy, up to normalizeContentV2', () => {
    fc.assert(
      fc.property(arbitrary.contentV2(), (tree) => {
        const expected = normalizeContentV2(contentToV2(withinUrlPolicy(contentFromV2(tree))))
        expect(markdownToContentV2(contentV2ToMarkdown(tree))).toEqual(expected)
      }),
      {numRuns: runs}
    )
  })

  it('v2 → HTML → v2 gives back the tree within the URL policy, up to normalizeContentV2', () => {
    fc.assert(
      fc.property(arbitrary.contentV2(), (tree) => {
        const expected = normalizeContentV2(contentToV2(withinUrlPolicy(contentFromV2(tree))))
        expect(normalizeContentV2(htmlToContentV2(contentV2ToHtml(tree)))).toEqual(expected)
      }),
      {numRuns: runs}
    )
  })

  it('the writers write what the v1 writers write for the same tree (one dialect, one URL policy, one escaping), with the same losses', () => {
    fc.assert(
      fc.property(arbitrary.contentV2(), fc.constantFrom<'inline' | 'classes'>('inline', 'classes'), (tree, styles) => {
        const v1 = contentFromV2(tree)
        const ours = collect()
        const theirs = collect()
        expect(contentV2ToHtml(tree, {styles, onMessage: ours.onMessage})).toBe(contentToHtml(v1, {styles, onMessage: theirs.onMessage}))
        expect(ours.messages.map((message) => message.reason)).toEqual(
          theirs.messages.map((message) => message.reason.replace('.gallery.imageList[', '.gallery.images['))
        )
        expect(contentV2ToMarkdown(tree)).toBe(contentToMarkdown(v1))
      }),
      {numRuns: runs}
    )
  })

  it('the readers read what the v1 readers read, never throw on a string, and their output validates', () => {
    fc.assert(
      fc.property(fc.oneof(arbitrary.markdownish(), arbitrary.htmlish(), fc.string()), (text) => {
        const fromMarkdown = markdownToContentV2(text)
        expect(validateContentV2(fromMarkdown)).toBe(fromMarkdown)
        expect(contentFromV2(fromMarkdown)).toEqual(markdownToContent(text))
        const fromHtml = htmlToContentV2(text)
        expect(validateContentV2(fromHtml)).toBe(fromHtml)
        expect(contentFromV2(fromHtml)).toEqual(htmlToContent(text))
      }),
      {numRuns: runs}
    )
  })

  it('normalizeContentV2 is idempotent and does not mutate its input', () => {
    fc.assert(
      fc.property(arbitrary.contentV2(), (tree) => {
        const before = structuredClone(tree)
        const once = normalizeContentV2(tree)
        expect(normalizeContentV2(once)).toEqual(once)
        expect(tree).toEqual(before)
      }),
      {numRuns: runs}
    )
  })
})
