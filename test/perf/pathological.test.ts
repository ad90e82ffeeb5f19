/**
 * Linear time on the pathological inputs of the commonmark.js, cmark and
 * markdown-it test suites (shapes written here as generators of about n
 * characters), and on the two of issue 10: each as it is and with a link
 * reference definition appended (a document with definitions is read like
 * any other). Each must grow at most 2.5× for 2× input (`timing.ts`), never
 * throw, and give content that `validateContent` accepts.
 */
import {describe, expect, it} from 'vitest'
import {markdownToContent} from '../../src/markdown/index.js'
import {validateContent} from '../../src/model/validate.js'
import {expectLinear, growth} from './timing.js'

/** `text` repeated to about `chars` characters. */
const repeat = (text: string, chars: number) => text.repeat(Math.max(1, Math.round(chars / text.length)))
/** `count` of `line(i)`, where `count` is chosen so that the lines (whose length grows with i) total about `chars`. */
const growing = (line: (i: number) => string, chars: number, width: number) =>
  Array.from({length: Math.round(Math.sqrt((2 * chars) / width))}, (_, i) => line(i)).join('')

/**
 * [name, generator of about n characters, n]. n covers a few pieces of text
 * at the default limits (`text-pieces.ts`: within a piece micromark's cost
 * may grow faster than its length), and keeps each conversion near a tenth
 * of a second.
 */
const cases: Array<[string, (n: number) => string, number]> = [
  // Issue 10.
  ['a *b [c (issue 10)', (n) => repeat('a *b [c ', n), 16_000],
  ['one run of * around a letter (issue 10)', (n) => repeat('*', n / 2) + 'a' + repeat('*', n / 2), 40_000],
  // cmark / commonmark.js / markdown-it.
  ['nested strong emph', (n) => repeat('*a **a ', n / 2) + 'b' + repeat(' a** a*', n / 2), 12_000],
  ['emph closers with no openers', (n) => repeat('a_ ', n), 9_000],
  ['emph openers with no closers', (n) => repeat('_a ', n), 12_000],
  ['link closers with no openers', (n) => repeat('a]', n), 12_000],
  ['link openers with no closers', (n) => repeat('[a', n), 12_000],
  ['mismatched openers and closers', (n) => repeat('*a_ ', n), 6_000],
  ['cmark#389', (n) => repeat('*a ', n / 2) + repeat('_a*_ ', n / 2), 12_000],
  ['openers and closers multiple of 3', (n) => 'a**b' + repeat('c* ', n), 12_000],
  ['#172 *_* _', (n) => repeat('*_* _ ', n), 10_000],
  ['link openers and emph closers', (n) => repeat('[ a_', n), 10_000],
  ['pattern [ (]( repeated', (n) => repeat('[ (](', n), 8_000],
  ['pattern ![[]() repeated', (n) => repeat('![[]()', n), 10_000],
  ['nested brackets', (n) => repeat('[', n / 2) + 'a' + repeat(']', n / 2), 10_000],
  ['nested block quotes', (n) => repeat('> ', n) + 'a', 400_000],
  ['deeply nested lists', (n) => growing((i) => '  '.repeat(i) + '* a\n', n, 2), 40_000],
  ['U+0000 in input', (n) => repeat('abc\u0000de\u0000', n), 60_000],
  ['backticks', (n) => growing((i) => 'e' + '`'.repeat(i + 1), n, 1), 100_000],
  ['unclosed links A', (n) => repeat('[a](<b', n), 20_000],
  ['unclosed links B', (n) => repeat('[a](b', n), 20_000],
  ['unclosed <!--', (n) => '</' + repeat('<!--', n), 8_000],
  ['empty lines in deeply nested lists', (n) => repeat('- ', n / 2) + 'x' + repeat('\n', n / 2), 2_000],
  ['empty lines in deeply nested lists in a block quote', (n) => '> ' + repeat('- ', n / 2) + 'x\n' + repeat('>\n', n / 2), 4_000],
  ['emph in a deep block quote', (n) => repeat('>', n / 2) + repeat('a*', n / 2), 12_000],
  ['emphasis **_* pattern', (n) => repeat('**_* ', n), 6_000],
  ['backtick ``\\ pattern', (n) => repeat('``\\', n), 40_000],
  ['autolinks <<<…<>', (n) => repeat('<', n) + '>', 50_000],
  ['hard break white space', (n) => 'x' + repeat(' ', n) + 'x  \nx', 200_000],
  ['trailing asterisks after a URL', (n) => 'https://test.com?' + repeat('*', n) + 'a', 200_000],
  ['[\\\\… deep', (n) => '[' + repeat('\\', n) + '\n', 40_000],
  ['backslashes in an unclosed link title', (n) => '[test](\\url "' + repeat('\\', n) + '\n', 40_000],
  ['many references', (n) => Array.from({length: Math.round(n / 10)}, (_, i) => `[${i}]: u\n`).join('') + repeat('[0] ', n / 4), 12_000],
  ['reference collisions', (n) => Array.from({length: Math.round(n / 18)}, (_, i) => `[x${i}]: /url\n\n[x0]\n\n`).join(''), 12_000],
  ['many footnotes', (n) => Array.from({length: Math.round(n / 16)}, (_, i) => `[^${i}]: u\n\n`).join('') + repeat('[^0] ', n / 4), 12_000],
  ['a table of emphasis and brackets', (n) => '| a | b |\n| - | - |\n' + repeat('| *a [b | _c ]d |\n', n), 16_000]
]

const definition = '\n\n[x]: https://y'

describe('markdownToContent runs in linear time on pathological input', {retry: 2}, () => {
  describe.each([
    ['as it is', ''],
    ['with a definition appended', definition]
  ])('%s', (_, suffix) => {
    it.each(cases)('%s', (_name, make, n) => {
      expectLinear(growth((size: number) => make(size) + suffix, markdownToContent, n, 3))
    }, 120_000)
  })
})

describe('markdownToContent on pathological input never throws and gives valid content', () => {
  it.each(cases)('%s', (_name, make, n) => {
    for (const markdown of [make(n), make(n) + definition]) {
      expect(() => validateContent(markdownToContent(markdown))).not.toThrow()
    }
  }, 120_000)
})
