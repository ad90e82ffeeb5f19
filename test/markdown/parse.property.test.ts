import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import * as arbitrary from '../../src/arbitraries/index.js'
import {readFrontMatter} from '../../src/markdown/from/front-matter.js'
import {parseMarkdown} from '../../src/markdown/index.js'
import {runs} from '../support/runs.js'

const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm)

/**
 * remark with remark-frontmatter, except where an opening fence is never
 * closed: there it is no front matter (micromark-extension-frontmatter#5
 * loses the lists of the rest of the document), as without the plugin.
 */
const remark = {
  parse: (markdown: string) => (readFrontMatter(markdown) || !/^(---|\+\+\+)[ \t]*(\r|\n)/.test(markdown) ? withFrontMatter : withoutFrontMatter).parse(markdown)
}

describe('parseMarkdown', () => {
  it('gives the tree remark-parse + remark-frontmatter + remark-gfm give (its autolink pass only runs from a loop)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbitrary.markdownish(),
          fc.constantFrom('www.a.b **www.c.d** [x www.e.f](u) > a@b.co\n>\n> - http://x.y/z.', 'WWW.A.B HTTPS://X.Y mailto:a@b.co xmpp:a@b.co/r WwW.x.y'),
          // Each of the autolink patterns' literal parts, alone and around other constructs.
          fc
            .array(fc.constantFrom('www', 'WWW', '.', 'a', '@', 'b.co', 'http', 's', '://', 'mailto:', 'xmpp:', '/', ' ', '*', '\n', '[', '](u)'), {maxLength: 20})
            .map((parts) => parts.join('')),
          // Front matter, and what looks like it: fences, blank lines, text.
          fc.array(fc.constantFrom('---', '+++', '----', ' ', '\n', '\r\n', 'a: 1', '# h', '- x'), {maxLength: 12}).map((parts) => parts.join(''))
        ),
        (markdown) => {
          expect(parseMarkdown(markdown)).toEqual(remark.parse(markdown))
        }
      ),
      {numRuns: runs}
    )
  })

  // Constructs that cannot match the input are not tried: a table needs a
  // `|`, `:-` or `-:` (a one-column table has no pipe), an autolink literal
  // its `@`, `www.` or `://`, a footnote `[^`, a task list check `[` and white
  // space or `x`.
  it('gives the tree of remark with and without what each pruned construct needs', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.constantFrom('a', 'b', ':-', '-:', ':-:', '-', '|', ':', '\n', ' ', '\t', '@', 'www.', 'WwW.', '://', 'http', 'HTTPS', 'x.co', '> ', '- ', '[', ']', '^', '[^', 'x', 'X', ']:'),
            {maxLength: 24}
          )
          .map((parts) => parts.join('')),
        (markdown) => {
          expect(parseMarkdown(markdown)).toEqual(remark.parse(markdown))
        }
      ),
      {numRuns: runs}
    )
  })

  // Found by the first property: a footnote definition on the first line is
  // read before the parser is set up, and must stay defined.
  it.each(['a\n:-', 'a\n-:', '> a\n> :-:', '- a\n  -:', 'a@b.co', 'WWW.a.b', 'HtTpS://a.b', '[^1]: n\n[^1]', '[^1]:\n\n[^1]', '- [\t] a', '- [\n] b', '* [X] c'])('gives the tree of remark on %j', (markdown) => {
    expect(parseMarkdown(markdown)).toEqual(remark.parse(markdown))
  })

  it('does not overflow the stack on 10,000 nested block quotes', () => {
    expect(parseMarkdown('>'.repeat(10_000) + ' www.a.b').type).toBe('root')
  })
})
