import fc from 'fast-check'
import type {RootContent} from 'mdast'
import {describe, expect, it} from 'vitest'
import * as arbitrary from '../../src/arbitraries/index.js'
import {contentToMarkdown, markdownToContent, mdastToContent, parseMarkdown} from '../../src/markdown/index.js'
import {collectDefinitions, definitionsIn} from '../../src/markdown/from/definitions.js'
import {shiftTree} from '../../src/markdown/from/large.js'
import {parse} from '../../src/markdown/from/parse.js'
import {splitSections} from '../../src/markdown/from/sections.js'
import {generateContent} from '../../bench/generate.js'
import {documentWithDefinitions} from '../support/definitions.js'
import {runs} from '../support/runs.js'

/** Line-level pieces: every construct that could make a cut unsafe. */
const linePieces = [
  '', '', '', 'text', 'more *text* here', '- item', '  - nested', '    indented', '1. one', '2) two', '* star', '+ plus',
  '> quote', '>', '> - in quote', '```', '```js', '~~~', '````', '  ```', '    ```', '- ```', '> ```', '``` a`b',
  '<div>', '</div>', '<script>', '</script>', '<pre>', '</pre>', '<!--', '-->', '<!-- c -->', '<!-->', '<?php', '?>',
  '<!DOCTYPE html>', '<![CDATA[', ']]>', '<span>', '<at id="ou_1"></at> x', '| a | b |', '|---|---|', 'a | b', '---',
  '===', '# heading', '[a]: /u', '[a]', '[b][a]', '[A]: /v "t"', '[^1]: note', '[^1]', 'see [^1] and [a]', '  [a]: /w',
  '> [q]: /q', '[q] and [Q]', '\t- tab', '\tcode', '[x\\]y]: /z', '[x\\]y]', 'https://a.b', '***', '- [ ] task', '- [x] done'
]
const markdownDocument = fc.oneof(
  fc.array(fc.constantFrom(...linePieces), {maxLength: 40}).map((lines) => lines.join('\n')),
  fc.array(fc.oneof(fc.constantFrom(...linePieces), arbitrary.markdownish()), {maxLength: 30}).map((lines) => lines.join('\n')),
  fc.array(fc.constantFrom(...linePieces), {maxLength: 40}).map((lines) => lines.join('\r\n')),
  arbitrary.content({maxBlocks: 30}).map((content) => contentToMarkdown(content)),
  documentWithDefinitions()
)

/**
 * Every section parsed on its own, knowing the document's definitions (as
 * markdownToContent parses its parts), its tree moved to where it stands.
 */
function sectioned(markdown: string): RootContent[] {
  const sections = splitSections(markdown, {minSectionLength: 0})
  const {defined} = collectDefinitions(markdown, sections)
  return sections.flatMap((section) => {
    const {tree} = parse(markdown.slice(section.start, section.end), {defined})
    shiftTree(tree, section)
    return tree.children
  })
}

describe('sections parsed one by one give the tree of one parse', () => {
  it('on Markdown-like documents, definitions anywhere (positions included)', () => {
    fc.assert(
      fc.property(markdownDocument, (markdown) => {
        // Without front matter: markdownToContent blanks it out before it cuts.
        expect(sectioned(markdown)).toStrictEqual(parse(markdown).tree.children)
      }),
      {numRuns: runs}
    )
  })

  it('finds the definitions of one parse, reading blocks only, the first of each label', () => {
    fc.assert(
      fc.property(markdownDocument, (markdown) => {
        const found = collectDefinitions(markdown, splitSections(markdown, {minSectionLength: 0})).links
        // Without front matter, as above (found by CI: `---\n\n[a]: /u\n\n---` is front matter).
        const whole = definitionsIn(parse(markdown).tree)
        const summary = (map: typeof whole) => [...map].map(([identifier, node]) => [identifier, node.url, node.title, node.label])
        expect(summary(found)).toEqual(summary(whole))
      }),
      {numRuns: runs}
    )
  })

  it('cuts the generated documents into many sections, with the same tree and content', () => {
    for (const seed of [1, 2, 3]) {
      const markdown = contentToMarkdown(generateContent(60 * 1024, seed, seed === 3))
      const sections = splitSections(markdown, {minSectionLength: 0})
      expect(sections.length).toBeGreaterThan(seed === 3 ? 4 : 20)
      const tree = parseMarkdown(markdown)
      expect(sectioned(markdown)).toStrictEqual(tree.children)
      expect(mdastToContent(tree)).toStrictEqual(markdownToContent(markdown))
    }
  })

  it('sections cover the source exactly', () => {
    fc.assert(
      fc.property(markdownDocument, (markdown) => {
        const sections = splitSections(markdown, {minSectionLength: 0})
        expect(sections[0]!.start).toBe(0)
        expect(sections.at(-1)!.end).toBe(markdown.length)
        for (let index = 1; index < sections.length; index++) expect(sections[index]!.start).toBe(sections[index - 1]!.end)
      }),
      {numRuns: runs}
    )
  })
})
