/**
 * Real documents read exactly as they did before the cost bound (issue 17):
 * no text of the real-world corpus (every Markdown file under
 * node_modules/, `bench/corpus.ts`) reaches it, so none is read in pieces
 * for its cost or as literal text, and each reads as the unbounded
 * reader reads it. (Before and after the bound came, every file of the
 * corpus gave byte-identical content and messages: README § Performance.)
 * In test:perf because it converts some 4 MB.
 */
import {describe, expect, it} from 'vitest'
import {loadCorpus} from '../../bench/corpus.js'
import {markdownToContent} from '../../src/markdown/index.js'

describe('the real-world corpus', () => {
  it('has no text over the cost bound', () => {
    const files = loadCorpus()
    expect(files.length).toBeGreaterThan(100)
    const over = files.filter((file) => {
      let cost = false
      markdownToContent(file.markdown, {onMessage: (message) => void (cost ||= message.ruleId === 'markup-cost')})
      return cost
    })
    expect(over.map((file) => file.path)).toEqual([])
  }, 300_000)
})
