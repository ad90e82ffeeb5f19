import fc from 'fast-check'
import {micromark} from 'micromark'
import {gfm, gfmHtml} from 'micromark-extension-gfm'
import {describe, expect, it} from 'vitest'
import {htmlToContent} from '../../src/html/index.js'
import {markdownToContent} from '../../src/markdown/index.js'
import {inlineTags} from '../../src/dialect/inline-html.js'
import type {VFileMessage} from '../../src/messages.js'
import {colorMarks, colorSpellings, type FlagMark, flagSpellings, markRows, sizeSpellings} from '../../src/model/format.js'
import {normalizeContent} from '../../src/model/normalize.js'
import {runs} from '../support/runs.js'

/**
 * Inline HTML in Markdown and the same HTML in an HTML document are read by
 * the same rules: the inputs are generated from the format table and the
 * shared vocabulary (`src/model/format.ts`, `src/dialect/inline-html.ts`):
 * every tag of the vocabulary, every CSS property and value a mark's row
 * reads, every color spelling in `style` and in `<font color>`, every image
 * size spelling, links and mentions. A tag or a spelling that one reader
 * reads differently fails here, trees and reported rules alike.
 */
function render(markdown: string): string {
  return micromark(markdown, {allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()]})
}

const word = fc.stringMatching(/^[a-z]{1,4}$/)

/** `property: value` for every CSS property a mark's row reads, with its spellings (colors: every color spelling). */
const cssDeclarations = [
  ...markRows.flatMap((row) =>
    (row.css?.read ?? []).flatMap((property) => (row.value === 'color' ? colorSpellings : row.value === 'flag' ? flagSpellings[row.name as FlagMark] : []).map((value) => `${property}: ${value}`))
  ),
  // The looks the format has no mark for: reported by both.
  'font-style: italic',
  'text-decoration: underline'
]
const declaration = fc.constantFrom(...cssDeclarations)

const styleAttribute = fc
  .array(declaration, {minLength: 1, maxLength: 3})
  .map((declarations) => ` style="${declarations.join('; ')}"`)

const mentionAttributes = fc
  .subarray(['open_id', 'id', 'user_id', 'data-user-id'])
  .chain((names) => fc.tuple(...names.map((name) => fc.constantFrom('ou_1', 'ou_2', '').map((value) => ` ${name}="${value}"`))))
  .map((attributes) => attributes.join(''))

/** The tags of the vocabulary, and the presentational attributes of the color rows (`<font color>`). */
const vocabularyTags = [...inlineTags.keys()]
const attributeTags = colorMarks.flatMap((row) => Object.entries(row.html.attributes ?? {}))
const sizeAttributes = fc
  .subarray(['width', 'height'], {minLength: 1})
  .chain((names) => fc.tuple(...names.map((name) => fc.constantFrom(...sizeSpellings).map((value) => ` ${name}="${value}"`))))
  .map((attributes) => attributes.join(''))

const openTag = fc.oneof(
  fc.tuple(fc.constantFrom(...vocabularyTags), fc.option(styleAttribute, {nil: ''})),
  fc.tuple(
    fc.constantFrom(...attributeTags),
    fc.constantFrom(...colorSpellings)
  ).map(([[tag, attribute], color]): [string, string] => [tag, ` ${attribute}="${color}"`]),
  fc.tuple(fc.constant('a'), fc.constantFrom(' href="https://a.b/c"', ' href="javascript:alert(1)"', '')),
  fc.tuple(fc.constant('at'), mentionAttributes)
)

/** Images with every size spelling, in attributes and CSS. (`<br>`: white space next to it is a documented difference.) */
const voidElement = fc
  .tuple(sizeAttributes, fc.option(fc.constantFrom(...sizeSpellings).map((value) => ` style="width: ${value}"`), {nil: ''}))
  .map(([attributes, style]) => `<img src="https://a.b/i.png"${attributes}${style}>`)

const {fragment} = fc.letrec<{fragment: string; element: string}>((tie) => ({
  fragment: fc
    .array(fc.oneof({depthSize: 'small', withCrossShrink: true}, word, tie('element'), voidElement), {minLength: 1, maxLength: 3})
    .map((parts) => parts.join('')),
  element: fc
    .tuple(openTag, tie('fragment'))
    .map(([[name, attributes], children]) => `<${name}${attributes}>${children}</${name}>`)
}))

const selfClosing = /<(a|nobr|button)[ >][\s\S]*<\1[ >]|<r[tpb][ >][\s\S]*<r[tpb][ >]/

/** The rules a reader reported while reading. */
function rulesOf(read: (options: {onMessage: (message: VFileMessage) => void}) => unknown): string[] {
  const rules = new Set<string>()
  read({onMessage: (message) => rules.add(String(message.ruleId))})
  return [...rules].sort()
}

/** What the generated property draws from (README and the closing note of issue 18 quote it). */
const generatedInputs = {
  tags: vocabularyTags.length + attributeTags.length + 3,
  cssDeclarations: cssDeclarations.length,
  colorSpellings: colorSpellings.length,
  sizeSpellings: sizeSpellings.length
}

describe('inline HTML reads the same from Markdown and from HTML', () => {
  it('the tree of a Markdown paragraph with inline HTML equals the tree of its standard rendering', () => {
    fc.assert(
      fc.property(fragment, (html) => {
        // An `<a>` in an `<a>` (so `<nobr>`, `<button>`), an `<rt>` next to `<rp>`: HTML's tree
        // builder closes the first (implied end tags), a matter of HTML parsing, not of the vocabulary.
        fc.pre(!selfClosing.test(html))
        const markdown = `x ${html} y`
        const fromMarkdown = normalizeContent(markdownToContent(markdown))
        const fromHtml = normalizeContent(htmlToContent(render(markdown)))
        expect(fromMarkdown).toEqual(fromHtml)
        expect(rulesOf((options) => markdownToContent(markdown, options))).toEqual(rulesOf((options) => htmlToContent(render(markdown), options)))
      }),
      {numRuns: runs}
    )
  })

  it.each([
    ['a transparent background is no background', '<span style="background-color: transparent">a</span>', {text: 'a'}],
    ['font-weight: normal inside ** takes bold away', '**<span style="font-weight: normal">a</span>**', {text: 'a'}],
    ['** inside font-weight: normal is bold', '<span style="font-weight: normal">**a**</span>', {text: 'a', style: {bold: true}}],
    [
      'color: initial removes the color of an outer span',
      '<span style="color: red"><span style="color: initial">a</span></span>',
      {text: 'a'}
    ],
    ['color: inherit keeps it', '<span style="color: red"><span style="color: inherit">a</span></span>', {
      text: 'a',
      style: {textColor: {red: 255, green: 0, blue: 0, alpha: 1}}
    }]
  ])('%s', (_name, markdown, run) => {
    const expected = {blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: run}]}}]}
    expect(normalizeContent(markdownToContent(markdown))).toEqual(expected)
    expect(normalizeContent(htmlToContent(render(markdown)))).toEqual(expected)
  })

  it.each([
    ['open_id wins over id and user_id', '<at user_id="ou_u" id="ou_i" open_id="ou_o"></at>', 'ou_o'],
    ['id wins over user_id', '<at user_id="ou_u" id="ou_i"></at>', 'ou_i'],
    ['an empty attribute counts as absent', '<at id="" user_id="ou_u"></at>', 'ou_u']
  ])('mentions: %s', (_name, markdown, openId) => {
    const expected = {blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'person', person: {openId}}]}}]}
    expect(normalizeContent(markdownToContent(markdown))).toEqual(expected)
    expect(normalizeContent(htmlToContent(render(markdown)))).toEqual(expected)
  })
})

/** Issue 18: the drifts of the two readers' tag tables, each read the same now, and reported the same. */
describe('the drifts of the two tag tables (regressions)', () => {
  const red = {red: 255, green: 0, blue: 0, alpha: 1}
  it.each([
    ['<cite> is italic: its text is kept, the italics reported', 'x <cite>a</cite>', [{text: 'x a'}], ['emphasis']],
    ['<font color="ff0000"> is red (a legacy color value)', 'x <font color="ff0000">a</font>', [{text: 'x '}, {text: 'a', style: {textColor: red}}], []],
    ['<mark> keeps its text, its highlight reported', 'x <mark>a</mark>', [{text: 'x a'}], ['html']],
    ['<sub> keeps its text, its baseline reported', 'x <sub>a</sub>', [{text: 'x a'}], ['html']],
    ['<q> keeps its text, its quotation marks reported', 'x <q>a</q>', [{text: 'x a'}], ['html']],
    ['<abbr> shows nothing of its own: read silently', 'x <abbr>a</abbr>', [{text: 'x a'}], []]
  ])('%s', (_name, markdown, runs, rules) => {
    const expected = {blocks: [{type: 'paragraph', paragraph: {elements: runs.map((run) => ({type: 'textRun', textRun: run}))}}]}
    const html = render(markdown)
    expect(normalizeContent(markdownToContent(markdown))).toEqual(expected)
    expect(normalizeContent(htmlToContent(html))).toEqual(expected)
    expect(rulesOf((options) => markdownToContent(markdown, options))).toEqual(rules)
    expect(rulesOf((options) => htmlToContent(html, options))).toEqual(rules)
  })

  it.each([
    ['0x10 is no width (Number() would read 16)', '<img src="https://a.b/i.png" width="0x10">', {src: 'https://a.b/i.png'}],
    ['16px is 16', '<img src="https://a.b/i.png" width="16px">', {src: 'https://a.b/i.png', width: 16}],
    ['CSS width wins over the attribute, in Markdown too', '<img src="https://a.b/i.png" width="16" style="width: 20px">', {src: 'https://a.b/i.png', width: 20}]
  ])('<img>: %s', (_name, markdown, image) => {
    const expected = {blocks: [{type: 'gallery', gallery: {imageList: [image]}}]}
    expect(normalizeContent(markdownToContent(markdown))).toEqual(expected)
    expect(normalizeContent(htmlToContent(render(markdown)))).toEqual(expected)
  })

  it('draws every tag of the vocabulary, every CSS value of the rows, every color and size spelling', () => {
    expect(generatedInputs.tags).toBe(inlineTags.size + 4)
    expect(generatedInputs.cssDeclarations).toBeGreaterThan(colorSpellings.length * 3)
  })
})
