/**
 * Pathological input shapes, each a generator of about n characters: the
 * ones of the commonmark.js, cmark and markdown-it test suites, of issue 10
 * and of issue 17 (written here from their descriptions). Shared by the
 * growth checks (`pathological.test.ts`), the floor checks
 * (`floor.test.ts`) and `npm run bench` (`bench/floor.ts`).
 */

export interface Shape {
  name: string
  make: (n: number) => string
  /** The size the growth check starts from (n vs 2n); undefined: floor only. */
  growthN?: number | undefined
  /** Its row in issue 17's table (okr-content vs remark vs markdown-it). */
  issue17?: string | undefined
}

/** `text` repeated to about `chars` characters. */
const repeat = (text: string, chars: number) => text.repeat(Math.max(1, Math.round(chars / text.length)))
/** `count` of `line(i)`, where `count` is chosen so that the lines (whose length grows with i) total about `chars`. */
const growing = (line: (i: number) => string, chars: number, width: number) =>
  Array.from({length: Math.round(Math.sqrt((2 * chars) / width))}, (_, i) => line(i)).join('')
/** Paragraphs of `make(size)` (at most `size` characters each) to about `chars`. */
const paragraphs = (make: (size: number) => string, size: number, chars: number) =>
  Array.from({length: Math.max(1, Math.round(chars / size))}, () => make(Math.min(size, chars))).join('\n\n')

export const markdownShapes: Shape[] = [
  // Issue 10.
  {name: 'a *b [c (issue 10)', make: (n) => repeat('a *b [c ', n), growthN: 16_000},
  {name: 'one run of * around a letter (issue 10)', make: (n) => repeat('*', n / 2) + 'a' + repeat('*', n / 2), growthN: 40_000},
  // cmark / commonmark.js / markdown-it.
  {name: 'nested strong emph', make: (n) => repeat('*a **a ', n / 2) + 'b' + repeat(' a** a*', n / 2), growthN: 12_000, issue17: 'nested strong/emph'},
  {name: 'emph closers with no openers', make: (n) => repeat('a_ ', n), growthN: 9_000},
  {name: 'emph openers with no closers', make: (n) => repeat('_a ', n), growthN: 12_000},
  {name: 'link closers with no openers', make: (n) => repeat('a]', n), growthN: 12_000},
  {name: 'link openers with no closers', make: (n) => repeat('[a', n), growthN: 12_000},
  {name: 'mismatched openers and closers', make: (n) => repeat('*a_ ', n), growthN: 6_000, issue17: '`*a_ ` repeated'},
  {name: 'cmark#389', make: (n) => repeat('*a ', n / 2) + repeat('_a*_ ', n / 2), growthN: 12_000},
  {name: 'openers and closers multiple of 3', make: (n) => 'a**b' + repeat('c* ', n), growthN: 12_000},
  {name: '#172 *_* _', make: (n) => repeat('*_* _ ', n), growthN: 10_000},
  {name: 'link openers and emph closers', make: (n) => repeat('[ a_', n), growthN: 10_000},
  {name: 'pattern [ (]( repeated', make: (n) => repeat('[ (](', n), growthN: 8_000, issue17: '`[ (](` repeated'},
  {name: 'pattern ![[]() repeated', make: (n) => repeat('![[]()', n), growthN: 10_000},
  {name: 'nested brackets', make: (n) => repeat('[', n / 2) + 'a' + repeat(']', n / 2), growthN: 10_000},
  {name: 'nested block quotes', make: (n) => repeat('> ', n) + 'a', growthN: 400_000},
  {name: 'deeply nested lists', make: (n) => growing((i) => '  '.repeat(i) + '* a\n', n, 2), growthN: 40_000},
  {name: 'U+0000 in input', make: (n) => repeat('abc\u0000de\u0000', n), growthN: 60_000},
  {name: 'backticks', make: (n) => growing((i) => 'e' + '`'.repeat(i + 1), n, 1), growthN: 100_000},
  {name: 'unclosed links A', make: (n) => repeat('[a](<b', n), growthN: 20_000},
  {name: 'unclosed links B', make: (n) => repeat('[a](b', n), growthN: 20_000},
  {name: 'unclosed <!--', make: (n) => '</' + repeat('<!--', n), growthN: 8_000},
  {name: 'empty lines in deeply nested lists', make: (n) => repeat('- ', n / 2) + 'x' + repeat('\n', n / 2), growthN: 2_000},
  {
    name: 'empty lines in deeply nested lists in a block quote',
    make: (n) => '> ' + repeat('- ', n / 2) + 'x\n' + repeat('>\n', n / 2),
    growthN: 4_000
  },
  {name: 'emph in a deep block quote', make: (n) => repeat('>', n / 2) + repeat('a*', n / 2), growthN: 12_000},
  {name: 'emphasis **_* pattern', make: (n) => repeat('**_* ', n), growthN: 6_000},
  {name: 'backtick ``\\ pattern', make: (n) => repeat('``\\', n), growthN: 40_000},
  {name: 'autolinks <<<…<>', make: (n) => repeat('<', n) + '>', growthN: 50_000},
  {name: 'hard break white space', make: (n) => 'x' + repeat(' ', n) + 'x  \nx', growthN: 200_000},
  {name: 'trailing asterisks after a URL', make: (n) => 'https://test.com?' + repeat('*', n) + 'a', growthN: 200_000},
  {name: '[\\\\… deep', make: (n) => '[' + repeat('\\', n) + '\n', growthN: 40_000},
  {name: 'backslashes in an unclosed link title', make: (n) => '[test](\\url "' + repeat('\\', n) + '\n', growthN: 40_000},
  {
    name: 'many references',
    make: (n) => Array.from({length: Math.round(n / 10)}, (_, i) => `[${i}]: u\n`).join('') + repeat('[0] ', n / 4),
    growthN: 12_000
  },
  {
    name: 'reference collisions',
    make: (n) => Array.from({length: Math.round(n / 18)}, (_, i) => `[x${i}]: /url\n\n[x0]\n\n`).join(''),
    growthN: 12_000
  },
  {
    name: 'many footnotes',
    make: (n) => Array.from({length: Math.round(n / 16)}, (_, i) => `[^${i}]: u\n\n`).join('') + repeat('[^0] ', n / 4),
    growthN: 12_000
  },
  {name: 'a table of emphasis and brackets', make: (n) => '| a | b |\n| - | - |\n' + repeat('| *a [b | _c ]d |\n', n), growthN: 16_000},
  // Issue 17.
  {
    name: 'nested images ![×n a ](b)×n',
    // Paragraphs of 6 KB (n = 1,000), as the issue has them: below the length limit.
    make: (n) => paragraphs((size) => repeat('![', size / 3) + 'a' + repeat('](b)', (size * 2) / 3), 6_000, n),
    growthN: 12_000,
    issue17: 'nested images `![`×n a `](b)`×n'
  },
  {
    name: 'a table with many columns',
    make: (n) => {
      const columns = Math.max(1, Math.round(n / 8))
      return '|a'.repeat(columns) + '|\n' + '|-'.repeat(columns) + '|\n' + '|b'.repeat(columns) + '|\n' + '|c'.repeat(columns) + '|\n'
    },
    growthN: 12_000,
    issue17: 'table with many columns'
  },
  {
    name: 'ordered list 1. item **i**',
    make: (n) => {
      const lines: string[] = []
      for (let i = 1, length = 0; length < n; i++) {
        const line = `${i}. item **${i}**\n`
        lines.push(line)
        length += line.length
      }
      return lines.join('')
    },
    growthN: 16_000,
    issue17: '`1. item **i**` lines'
  },
  {name: 'unclosed comments a <!-- b', make: (n) => repeat('a <!-- b ', n), growthN: 12_000, issue17: '`a <!-- b ` repeated'},
  {
    name: 'spans left open <span style="color: red">a then </span>',
    make: (n) => repeat('<span style="color: red">a ', (n * 27) / 34) + repeat('</span>', (n * 7) / 34),
    growthN: 12_000
  },
  {name: '~~a *b [c repeated', make: (n) => repeat('~~a *b [c ', n), growthN: 12_000}
]

/** HTML shapes for `htmlToContent`'s floor. */
export const htmlShapes: Shape[] = [
  {name: 'nested <div>', make: (n) => repeat('<div>', n) + 'x'},
  {name: 'nested <ul><li>', make: (n) => repeat('<ul><li>', n) + 'x'},
  {name: 'nested <span style>', make: (n) => repeat('<span style="color:red">', n) + 'x'},
  {name: 'unclosed formatting <b><i>a', make: (n) => repeat('<b><i>a', n)},
  {name: 'unclosed formatting <b>a <i>b <s>c', make: (n) => repeat('<b>a <i>b <s>c <u>d <font color=red>e ', n)},
  {name: 'misnested formatting <b><i></b></i>', make: (n) => repeat('<b>a<i>b</b>c</i>', n)},
  {name: 'a huge attribute', make: (n) => '<span title="' + repeat('a', n) + '">x</span>'},
  {name: 'a huge style attribute', make: (n) => '<span style="' + repeat('color: red; ', n) + '">x</span>'},
  {name: 'a huge href', make: (n) => '<a href="https://a.b/' + repeat('a', n) + '">x</a>'},
  {name: 'many tables', make: (n) => repeat('<table><tr><td>a</td><td><b>b</b></td></tr><tr><td>c</td><td>d</td></tr></table>', n)},
  {name: 'a table with many cells', make: (n) => '<table><tr>' + repeat('<td>a</td>', n) + '</tr></table>'},
  {name: 'nested tables', make: (n) => repeat('<table><tr><td>', n) + 'x'}
]
