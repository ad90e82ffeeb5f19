import fc from 'fast-check'
import {micromark} from 'micromark'
import {gfm, gfmHtml} from 'micromark-extension-gfm'
import {describe, expect, it} from 'vitest'
import {htmlToContent} from '../../src/html/index.js'
import {markdownToContent} from '../../src/markdown/index.js'
import {normalizeContent} from '../../src/model/normalize.js'
import {runs} from '../support/runs.js'

/**
 * Inline HTML in Markdown and the same HTML in an HTML document are read by
 * the same rules (`src/dialect/css/text.ts`, `personFromAttributes`): styles,
 * `<font color>`, keywords that keep or remove a color, `font-weight` that
 * takes bold away, mentions and their attribute precedence.
 */
function render(markdown: string): string {
  return micromark(markdown, {allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()]})
}

const word = fc.stringMatching(/^[a-z]{1,4}$/)

const declaration = fc.oneof(
  fc.constantFrom('red', 'initial', 'inherit', 'rgba(1, 2, 3, 0.5)', 'transparent', 'bogus').map((value) => `color: ${value}`),
  fc
    .constantFrom('transparent', 'none', 'yellow', 'rgba(0, 0, 0, 0)', 'initial', 'bogus')
    .map((value) => `background-color: ${value}`),
  fc.constantFrom('transparent', '#ff0').map((value) => `background: ${value}`),
  fc.constantFrom('normal', 'bold', '700', '300', 'lighter').map((value) => `font-weight: ${value}`),
  fc.constantFrom('line-through', 'none', 'underline').map((value) => `text-decoration: ${value}`),
  fc.constant('font-style: italic')
)

const styleAttribute = fc
  .array(declaration, {minLength: 1, maxLength: 3})
  .map((declarations) => ` style="${declarations.join('; ')}"`)

const mentionAttributes = fc
  .subarray(['open_id', 'id', 'user_id', 'data-user-id'])
  .chain((names) => fc.tuple(...names.map((name) => fc.constantFrom('ou_1', 'ou_2', '').map((value) => ` ${name}="${value}"`))))
  .map((attributes) => attributes.join(''))

const openTag = fc.oneof(
  fc.tuple(fc.constantFrom('span', 'b', 'strong', 's', 'del'), fc.option(styleAttribute, {nil: ''})),
  fc.tuple(
    fc.constant('font'),
    fc.constantFrom('red', 'inherit', 'initial', 'bogus', '#00f').map((color) => ` color="${color}"`)
  ),
  fc.tuple(fc.constant('at'), mentionAttributes)
)

const {fragment} = fc.letrec<{fragment: string; element: string}>((tie) => ({
  fragment: fc
    .array(fc.oneof({depthSize: 'small', withCrossShrink: true}, word, tie('element')), {minLength: 1, maxLength: 3})
    .map((parts) => parts.join('')),
  element: fc
    .tuple(openTag, tie('fragment'))
    .map(([[name, attributes], children]) => `<${name}${attributes}>${children}</${name}>`)
}))

describe('inline HTML reads the same from Markdown and from HTML', () => {
  it('the tree of a Markdown paragraph with inline HTML equals the tree of its standard rendering', () => {
    fc.assert(
      fc.property(fragment, (html) => {
        const markdown = `x ${html} y`
        const fromMarkdown = normalizeContent(markdownToContent(markdown))
        const fromHtml = normalizeContent(htmlToContent(render(markdown)))
        expect(fromMarkdown).toEqual(fromHtml)
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
