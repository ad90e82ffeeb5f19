import fc from 'fast-check'
import * as arbitrary from '../../src/arbitraries/index.js'

/**
 * Documents whose references and definitions are spread over many parts:
 * references before and after their definitions, definitions in block
 * quotes, list items and footnotes, labels that differ only in case and
 * white space (the first definition wins), footnotes, and definitions that
 * are not (in code, after a paragraph line, unescaped brackets).
 */
const referencing = [
  'see [a] and [b][]', '[text][c]', '![img][a]', '[A]', '[ a  ]', '[a\nb]', '[c d]', '[C  D][]', 'note[^n] and[^m]',
  '[^N]', '[x\\]y]', '**[a]**', '[*a*][b]', '[undefined] ref', 'www.a.b [b]', '[a]: not at start [b]', '[^m]:'
]
const defining = [
  '[a]: https://a.example/1', '[A]: https://dup.example/ "first?"', '[b]: /b "title"', '[c]: <https://c.example>',
  '[ C D ]: /cd', '[c   d]: /cd2', '> [q]: /q\n> [a]', '- [l]: /l\n- [l]', '1. [a]: /in-list', '[^n]: note *x*',
  '[^m]: note\n    more', '[^N]: upper', '- [^n]: in item', '> [^q]: in quote', '[x\\]y]: /escaped',
  '[b]:\n/next-line\n"title on its own line"', '    [a]: /code', '```\n[a]: /fenced\n```', 'para\n[b]: /lazy-not-def',
  '<div>\n[a]: /html\n</div>', '[a b]: /ab', '[A\nB]: /AB'
]
const other = ['', 'plain text', '# heading [a]', '- item', '  - nested [b]', '> quote [c]', '1. one', '3) three', '---', '| a | b |\n|---|---|\n| [a] | [^n] |']

export function documentWithDefinitions(): fc.Arbitrary<string> {
  const block = fc.oneof(
    {weight: 3, arbitrary: fc.constantFrom(...referencing)},
    {weight: 3, arbitrary: fc.constantFrom(...defining)},
    {weight: 2, arbitrary: fc.constantFrom(...other)},
    {weight: 1, arbitrary: arbitrary.markdownish()}
  )
  return fc
    .tuple(fc.array(block, {maxLength: 40}), fc.array(fc.constantFrom('\n\n', '\n', '\n\n\n'), {minLength: 40, maxLength: 40}))
    .map(([blocks, separators]) => blocks.map((text, index) => (index === 0 ? text : separators[index]! + text)).join(''))
}
