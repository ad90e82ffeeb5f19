import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {contentToMarkdown, markdownToContent} from '../../src/markdown/index.js'
import {normalizeContent} from '../../src/model/normalize.js'
import type {Content, Element} from '../../src/model/types.js'
import {runs} from '../support/runs.js'

/**
 * The plain flavor round-trips mentions given a directory: the same `people`
 * writes `@` + the name and reads it back as the mention. Names have spaces,
 * CJK, punctuation, and some are a prefix of another (`Li` and `Li Lei`,
 * `王` and `王芳`): the longest name wins, so a shorter one is written where
 * what follows cannot continue the longer (a comma, a full stop, the end).
 */
const latinWord = fc.stringMatching(/^[A-Z][a-zà-ö]{0,6}$/)
const latinName = fc.array(latinWord, {minLength: 1, maxLength: 3}).map((words) => words.join(' '))
const cjkName = fc.stringMatching(/^[\u4e00-\u9fa5]{1,3}$/)
const punctuated = fc.tuple(latinWord, fc.constantFrom('.', "'", '-', ' & ', '. ', ' ('), latinWord).map(([a, mark, b]) => `${a}${mark}${b}${mark === ' (' ? ')' : ''}`)
const name = fc.oneof(latinName, cjkName, punctuated)

/** A directory: unique names, and for some a second person named by the first word or character (a prefix). */
const directory = fc
  .uniqueArray(name, {minLength: 1, maxLength: 6})
  .chain((names) =>
    fc.subarray(names).map((prefixed) => {
      const all = new Set(names)
      for (const full of prefixed) {
        const prefix = /^[\u4e00-\u9fa5]/.test(full) ? full.slice(0, Math.max(1, full.length - 1)) : full.split(/[ .'&(-]/)[0]!
        if (prefix !== full) all.add(prefix)
      }
      return Object.fromEntries([...all].map((person, index) => [`ou_${index}`, person]))
    })
  )

/** Text between mentions: no `@`, and a separator no name holds next to each mention. */
const text = fc.string({unit: fc.constantFrom(...'abc 中文 xyz!?'), maxLength: 8})
const before = fc.tuple(text, fc.constantFrom(' ', '（', '')).map(([value, edge]) => (value === '' ? '' : `${value.trimEnd()}${edge || ' '}`))
const after = fc.tuple(fc.constantFrom(', ', '. ', '。', '; ', '! '), text).map(([edge, value]) => `${edge}${value}`)

const tree = directory.chain((people) =>
  fc
    .array(fc.array(fc.tuple(before, fc.constantFrom(...Object.keys(people)), after), {minLength: 1, maxLength: 4}), {minLength: 1, maxLength: 3})
    .map((paragraphs) => ({
      people,
      content: {
        blocks: paragraphs.map((pieces) => ({
          type: 'paragraph' as const,
          paragraph: {
            // After the first, a mention is set off from the text before it by a space at least.
            elements: pieces.flatMap(([head, openId, tail], index): Element[] => [
              ...(head || index > 0 ? [{type: 'textRun' as const, textRun: {text: head || ' '}}] : []),
              {type: 'person', person: {openId}},
              {type: 'textRun', textRun: {text: index === pieces.length - 1 ? tail.trimEnd() : tail}}
            ])
          }
        }))
      } satisfies Content
    }))
)

describe('mentions by name', () => {
  it('round-trip through the plain flavor given the same people', () => {
    const seen = {mentions: 0, prefixes: 0, cjk: 0, spaces: 0, punctuation: 0}
    fc.assert(
      fc.property(tree, ({people, content}) => {
        const markdown = contentToMarkdown(content, {flavor: 'plain', people})
        expect(normalizeContent(markdownToContent(markdown, {people}))).toEqual(normalizeContent(content))
        const names = Object.values(people)
        for (const block of content.blocks) {
          for (const element of block.paragraph.elements) {
            if (element.type !== 'person') continue
            const label = people[element.person.openId as keyof typeof people]!
            seen.mentions++
            if (names.some((other) => other !== label && other.startsWith(label))) seen.prefixes++
            if (/[\u4e00-\u9fa5]/.test(label)) seen.cjk++
            if (label.includes(' ')) seen.spaces++
            if (/[.'&(-]/.test(label)) seen.punctuation++
          }
        }
      }),
      {numRuns: runs}
    )
    // Each kind of name was put to the test (figures of a run: README § Mentions by name).
    if (runs >= 1000) for (const count of Object.values(seen)) expect(count).toBeGreaterThan(runs / 20)
    if (process.env.MENTION_FIGURES) console.log(JSON.stringify({runs, ...seen}))
  })
})
