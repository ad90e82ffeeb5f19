import fc from 'fast-check'
import type {VFileMessage} from 'vfile-message'
import {afterEach, describe, expect, it} from 'vitest'
import * as arbitrary from '../../src/arbitraries/index.js'
import {contentToMarkdown, markdownToContent} from '../../src/markdown/index.js'
import {rules} from '../../src/markdown/to/phrasing.js'
import {checks} from '../../src/markdown/to/read-back.js'
import {content, paragraph, textRun} from '../../src/model/build.js'
import {normalizeContent} from '../../src/model/normalize.js'
import type {Content} from '../../src/model/types.js'
import {withinUrlPolicy} from '../html/support.js'
import {runs} from '../support/runs.js'

/**
 * The Markdown writer checks itself (src/markdown/to/read-back.ts): where
 * the serializer's later choices can change the meaning of a paragraph, it
 * is read back, and written again in a form known to read back when it
 * differs. Shown by switching off one of the writer's rules (`referenceable`:
 * the characters next to `**`/`~~` that no reference can carry), the rule
 * that six commits of counterexamples built: the laws still hold, the
 * lossless flavor writing tags, the plain one reporting what it drops.
 */
afterEach(() => {
  rules.referenceable = true
  checks.enabled = true
})

function write(tree: Content, flavor: 'lossless' | 'plain'): {markdown: string; rules: string[]} {
  const reported: string[] = []
  const markdown = contentToMarkdown(tree, {flavor, onMessage: (message: VFileMessage) => reported.push(String(message.ruleId))})
  return {markdown, rules: reported}
}

const cases: Array<[string, Content]> = [
  ['a noncharacter after bold that ends in punctuation', content(paragraph([textRun('*', {bold: true}), textRun('\u{1FFFE}')]))],
  ['a control character after bold around strikethrough', content(paragraph([textRun('一', {bold: true, strikeThrough: true}), textRun('\u0001x')]))],
  ['a control character before bold that starts with punctuation', content(paragraph([textRun('y\u0001'), textRun('.a', {bold: true})]))]
]

/** Bold and strikethrough next to the characters the switched-off rule is about, and punctuation. */
const edgeCases = fc
  .array(
    fc.record({
      text: fc.array(fc.constantFrom('\u0001', '\u{1FFFE}', '\uFFFF', '*', '.', '一', 'a', ' ', '~'), {minLength: 1, maxLength: 3}).map((parts) => parts.join('')),
      style: fc.record({bold: fc.boolean(), strikeThrough: fc.boolean()})
    }),
    {minLength: 1, maxLength: 4}
  )
  .map((runs) => content(paragraph(runs.map(({text, style}) => textRun(text, style)))))

describe('the Markdown writer reads back what the serializer decided', () => {
  it.each(cases)('without the rule, the check alone would corrupt it: %s', (_name, tree) => {
    rules.referenceable = false
    checks.enabled = false
    expect(normalizeContent(markdownToContent(contentToMarkdown(tree)))).not.toEqual(normalizeContent(tree))
  })

  it.each(cases)('without the rule, the check writes tags (lossless, nothing lost): %s', (_name, tree) => {
    rules.referenceable = false
    const {markdown, rules: reported} = write(tree, 'lossless')
    expect(reported).toEqual([])
    expect(markdown).toMatch(/<[bs]>/)
    expect(normalizeContent(markdownToContent(markdown))).toEqual(normalizeContent(tree))
  })

  it.each(cases)('without the rule, the check drops the mark and reports it (plain): %s', (_name, tree) => {
    rules.referenceable = false
    const {markdown, rules: reported} = write(tree, 'plain')
    expect(reported).toContain('plain-emphasis')
    expect(markdown).not.toMatch(/&#x(?:1FFFE|1);/i)
  })

  it('without the rule, the round trip holds and the plain flavor loses only what it reports', () => {
    rules.referenceable = false
    let tagged = 0
    fc.assert(
      fc.property(fc.oneof(arbitrary.content({maxBlocks: 4}), edgeCases), (tree) => {
        const lossless = write(tree, 'lossless')
        expect(lossless.rules).toEqual([])
        if (/<[bs]>/.test(lossless.markdown)) tagged++
        expect(normalizeContent(markdownToContent(lossless.markdown))).toEqual(normalizeContent(withinUrlPolicy(tree)))
        const plain = write(tree, 'plain')
        if (plain.rules.length === 0) expect(normalizeContent(markdownToContent(plain.markdown))).toEqual(normalizeContent(tree))
      }),
      {numRuns: runs}
    )
    expect(tagged).toBeGreaterThan(0)
  })
})
