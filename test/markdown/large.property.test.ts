import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import * as arbitrary from '../../src/arbitraries/index.js'
import {limitNesting} from '../../src/markdown/from/large.js'
import {readInParts} from '../../src/markdown/from/index.js'
import {contentToMarkdown, markdownToContent, mdastToContent, parseMarkdown} from '../../src/markdown/index.js'
import {documentWithDefinitions} from '../support/definitions.js'
import {runs} from '../support/runs.js'

/** Content and losses (rule and place), as a caller sees them. */
function read(convert: (options: {onMessage: (message: VFileMessage) => void}) => unknown) {
  const messages: string[] = []
  const content = convert({onMessage: (message) => messages.push(`${message.ruleId} ${JSON.stringify(message.place)}`)})
  return {content, messages}
}

/**
 * What goes between the tokens of a long text: words, on one line or over
 * several (a text of many lines read in pieces threw until the lines written
 * straight through were kept apart from micromark's buffer), with a space
 * before a letter near (where a cut goes).
 */
const separator = fc.constantFrom(' word ', ' word\n', '\nword word ')

describe('reading part by part (README § Performance)', () => {
  it('gives the content and the messages of one whole-document parse', () => {
    const listItem = fc.constantFrom('- a', '* b', '1. c', '2. d', '3) e', '- [ ] f', '  - g', '   1. h', 'lazy', '> q', '', '```', '<div>', '    code', '# h', '---')
    const documents = fc.oneof(
      arbitrary.markdownish(),
      fc.array(listItem, {maxLength: 30}).map((lines) => lines.join('\n')),
      fc.array(arbitrary.markdownish(), {maxLength: 40}).map((parts) => parts.join('\n\n')),
      arbitrary.content({maxBlocks: 60}).map((content) => contentToMarkdown(content)),
      documentWithDefinitions()
    )
    fc.assert(
      fc.property(documents, (markdown) => {
        const whole = read((options) => mdastToContent(parseMarkdown(markdown), options))
        expect(read((options) => markdownToContent(markdown, options))).toEqual(whole)
        // Parts as small as the cuts allow, so that short documents are cut too.
        expect(read((options) => readInParts(markdown, options, 0))).toEqual(whole)
      }),
      {numRuns: runs}
    )
  })

  // Found by the property above: an indented line left of the item's content
  // is not in the item, so the ordered list that looked open had ended, and
  // the reader numbered the next `3)` item on from it.
  it.each([
    ['an indented list', '3) e\n  - g\n   1. h\n3) e'],
    ['an indented paragraph after a blank line', '3) e\n\n  x\n3) f'],
    ['an indented quote', '2. a\n > q\n5. b'],
    // micromark reads `2. d` after indented code and a blank line as a
    // paragraph, so the `1. c` that the cut said continues a list starts one.
    ['a paragraph that looks like an item', '   1. h\n# h\n    code\n\n2. d\n1. c'],
    ['a paragraph that looks like an item, and its lazy line', '    code\n\n2. d\n2. d']
  ])('numbers a list item after %s as one whole-document parse does', (_name, markdown) => {
    const whole = read((options) => mdastToContent(parseMarkdown(markdown), options))
    expect(read((options) => readInParts(markdown, options, 0))).toEqual(whole)
  })

  it('reads a long paragraph in pieces with the same content when a cut outside markup is near', () => {
    const token = fc.constantFrom('word', '**bold**', '~~struck~~', '[link](https://a.b)', '中文', '<at id="ou_1"></at>', '`code`')
    fc.assert(
      fc.property(fc.array(token, {minLength: 1, maxLength: 200}), fc.integer({min: 20, max: 200}), separator, (tokens, limit, between) => {
        // Every other token is a word: a balanced cut is never far.
        const markdown = 'Start ' + tokens.join(between)
        const whole = markdownToContent(markdown, {maxParagraphLength: 1e9, maxParagraphDelimiters: 1e9})
        const pieces = markdownToContent(markdown, {maxParagraphLength: limit, maxParagraphDelimiters: limit})
        expect(pieces).toEqual(whole)
      }),
      {numRuns: runs}
    )
  })

  // A text of many lines over the limit, whose first lines went straight
  // through to one tokenizer before it was read in pieces, threw `Cannot set
  // properties of undefined (setting '_tokenizer')`: that tokenizer had
  // taken the first line's chunks as its buffer and appended the next lines
  // to them, so the pieces read those lines twice.
  it.each([
    ['short lines at the default limits', 'a b\n'.repeat(2400), {}],
    ['lines of links and images (node_modules/debug/README.md)', '<a href="https://o.example/1" target="_blank"><img src="https://o.example/1.svg"></a>\n'.repeat(8), {maxParagraphLength: 500}],
    ['a word a line', 'x\n'.repeat(10_000), {}]
  ])('reads a paragraph of %s in pieces', (_name, markdown, limits) => {
    const whole = markdownToContent(markdown, {maxParagraphLength: 1e9, maxParagraphDelimiters: 1e9})
    expect(markdownToContent(markdown, limits)).toEqual(whole)
  })

  it('reads long text in pieces in any container, with the same content when a cut outside markup is near', () => {
    const token = fc.constantFrom('word', '**bold**', '~~struck~~', '[link](https://a.b)', '[ref]', '中文', '`code`')
    const container = fc.constantFrom(
      (text: string) => `> ${text}`,
      (text: string) => `- ${text}`,
      (text: string) => `1. a\n\n   ${text}`,
      (text: string) => `# ${text}`,
      (text: string) => `| a | b |\n| - | - |\n| c | ${text} |`,
      (text: string) => `[^n]: ${text}`,
      (text: string) => `> - > ${text}\n> - b`
    )
    fc.assert(
      fc.property(fc.array(token, {minLength: 1, maxLength: 200}), fc.integer({min: 20, max: 200}), container, separator, (tokens, limit, wrap, between) => {
        const markdown = wrap('Start ' + tokens.join(between)) + '\n\n[ref]: https://r.example'
        const whole = markdownToContent(markdown, {maxParagraphLength: 1e9, maxParagraphDelimiters: 1e9})
        const pieces = markdownToContent(markdown, {maxParagraphLength: limit, maxParagraphDelimiters: limit})
        expect(pieces).toEqual(whole)
      }),
      {numRuns: runs}
    )
  })

  it.each([
    ['a long paragraph with a definition after it', 'a *b [c '.repeat(2000) + '\n\n[x]: https://y', 1, 1, 6000],
    ['one long run of *', '*'.repeat(3000) + 'a' + '*'.repeat(3000), 1, 1, 1],
    ['a paragraph in a block quote', '> x\n>\n> ' + 'a*'.repeat(3000), 3, 3, 3000],
    ['a heading', '# ' + '[a '.repeat(2000), 1, 3, 2000],
    ['a table cell', '| a |\n| - |\n| ' + '_a '.repeat(2000) + '|', 3, 3, 2000]
  ])('reports %s read in pieces, where its text starts', (_name, markdown, line, column, letters) => {
    const messages: VFileMessage[] = []
    const content = markdownToContent(markdown, {onMessage: (message) => messages.push(message)})
    // Dense markup is over the cost bound too (`cost.ts`): its pieces are read as literal text.
    const split = messages.filter((message) => message.ruleId === 'paragraph-split' || message.ruleId === 'markup-cost')
    expect(split.map((message) => [message.line, message.column])).toEqual([[line, column]])
    expect(split[0]!.reason).toMatch(/\(\d+ pieces(?:, \d+ read as literal text)?\)$/)
    // The text is all there.
    const text = content.blocks
      .flatMap((block) => (block.type === 'paragraph' ? block.paragraph.elements : []))
      .map((element) => (element.type === 'textRun' ? element.textRun.text : ''))
      .join('')
    expect(text.replace(/[^a-z]/g, '').length).toBeGreaterThanOrEqual(letters)
  })

  it('reports texts read in pieces in the order of the document (micromark reads table cells first)', () => {
    const messages: string[] = []
    const markdown = '[a] ' + 'b *c* '.repeat(3000) + '\n\n| x |\n| - |\n| ' + '_d '.repeat(2000) + '|'
    markdownToContent(markdown, {onMessage: (message) => messages.push(`${message.ruleId} ${message.line}:${message.column}`)})
    expect(messages.filter((message) => !message.startsWith('emphasis'))).toEqual(['markup-cost 1:1', 'table 3:1', 'markup-cost 5:3'])
  })

  // Issue 17: below the length and delimiter limits, nested images cost
  // micromark seconds (a walk back over every event per image); over the
  // cost bound the text is read in pieces, the densest as literal text.
  it.each([
    ['nested images', '!['.repeat(1000) + 'a' + '](b)'.repeat(1000)],
    ['unclosed comments', 'a <!-- b '.repeat(900)],
    ['nested strong and emphasis', '*a **a '.repeat(300) + 'b' + ' a** a*'.repeat(300)]
  ])('reads %s over the cost bound in pieces, reported, every letter kept', (_name, markdown) => {
    const messages: VFileMessage[] = []
    const content = markdownToContent(markdown, {onMessage: (message) => messages.push(message)})
    expect(messages.filter((message) => message.ruleId === 'markup-cost').map((message) => [message.line, message.column])).toEqual([[1, 1]])
    const text = content.blocks
      .flatMap((block) => (block.type === 'paragraph' ? block.paragraph.elements : []))
      .map((element) => (element.type === 'textRun' ? element.textRun.text : ''))
      .join('')
    expect(text.replace(/[^ab]/g, '')).toBe(markdown.replace(/[^ab]/g, ''))
  })

  it('reads a table of more than 128 columns as text, reported where its delimiter row is; 128 as a table', () => {
    const table = (columns: number) => '# x\n\n' + '|a'.repeat(columns) + '|\n' + '| - '.repeat(columns) + '|\n' + '|b'.repeat(columns) + '|\n'
    const messages: string[] = []
    const wide = markdownToContent(table(129), {onMessage: (message) => messages.push(`${message.ruleId} ${message.line}:${message.column}`)})
    expect(messages).toContain('markup-cost 4:1')
    expect(messages.some((message) => message.startsWith('table'))).toBe(false)
    expect(JSON.stringify(wide)).toContain('|a|a|')
    const narrow: string[] = []
    markdownToContent(table(128), {onMessage: (message) => narrow.push(`${message.ruleId} ${message.line}:${message.column}`)})
    expect(narrow).toContain('table 3:1')
    expect(narrow.some((message) => message.startsWith('markup-cost'))).toBe(false)
  })

  it('reports a paragraph read in pieces, once, where it starts', () => {
    const messages: VFileMessage[] = []
    markdownToContent('# Title\n\n' + 'word '.repeat(5000), {onMessage: (message) => messages.push(message)})
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['heading', 1, 1],
      ['paragraph-split', 3, 1]
    ])
  })

  it('keeps at most maxNesting containers on a line; deeper levels are clamped to 16 anyway', () => {
    const deep = markdownToContent('- '.repeat(1000) + 'x')
    expect(deep).toEqual(markdownToContent('- '.repeat(64) + 'x'))
    expect(deep.blocks.at(-1)).toEqual({
      type: 'paragraph',
      paragraph: {style: {list: {type: 'bullet', indentLevel: 16}}, elements: [{type: 'textRun', textRun: {text: 'x'}}]}
    })
  })
})

describe('limitNesting', () => {
  it('keeps the first markers and the rest of the line', () => {
    expect(limitNesting('- '.repeat(100) + 'x', 64)).toBe('- '.repeat(64) + 'x')
    expect(limitNesting('>'.repeat(100) + ' x', 64)).toBe('>'.repeat(64) + 'x')
  })

  it('caps indentation at 4 × the limit, tabs counted to the next stop', () => {
    expect(limitNesting(' '.repeat(300) + '- x\n\t\ty', 64)).toBe(' '.repeat(256) + '- x\n\t\ty')
    expect(limitNesting('\t'.repeat(100) + 'x', 64)).toBe(' '.repeat(256) + 'x')
  })

  it('leaves ordinary Markdown alone', () => {
    const markdown = '- a\n  - b\n    1. c\n> > d\n\n    code\n'
    expect(limitNesting(markdown, 64)).toBe(markdown)
  })
})
