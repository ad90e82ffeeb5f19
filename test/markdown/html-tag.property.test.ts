import fc from 'fast-check'
import {parseFragment} from 'parse5'
import {describe, expect, it} from 'vitest'
import {tokenizeHtml} from '../../src/dialect/html-tag.js'
import {runs} from '../support/runs.js'

/**
 * Raw HTML in Markdown is read with a small tokenizer (src/markdown/syntax/
 * html-tag.ts). Its attribute values must be what a browser reads, so that
 * the URL policy sees `&#106;avascript:` as `javascript:`: parse5 (the HTML
 * reader's parser, a browser's tokenizer) is the oracle.
 */
const piece = fc.oneof(
  fc.constantFrom(
    '&#106;', '&#106', '&#x6A;', '&#X6a', '&#0000106;', '&#58;', '&#x3A', '&colon;', '&colon', '&Tab;', '&NewLine;',
    '&amp;', '&amp', '&ampx', '&amp=', '&lt', '&not', '&notit;', '&notin;', '&copy', '&copy=', '&#0;', '&#128;', '&#x80;',
    '&#x110000;', '&#xD800;', '&#;', '&#x;', '&', '&#', '&unknown;', '&AElig', '&AElig;', 'javascript:', ':', 'a', ' ', '\t', '\n', '\r', '\r\n', '\u0000'
  ),
  fc.string({maxLength: 3}).filter((text) => !/["<>]/.test(text))
)
const value = fc.array(piece, {maxLength: 8}).map((pieces) => pieces.join(''))

function parse5Attribute(html: string, tag: string, name: string): string | undefined {
  const stack: any[] = [parseFragment(html)]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node.tagName === tag) return node.attrs.find((attribute: {name: string}) => attribute.name === name)?.value
    stack.push(...(node.childNodes ?? []))
  }
  return undefined
}

describe('raw HTML attribute values read as a browser reads them', () => {
  it('double-quoted, single-quoted and unquoted values decode character references as parse5 does', () => {
    fc.assert(
      fc.property(value, fc.constantFrom('"', "'", ''), (text, quote) => {
        const raw = quote === '' ? text.replace(/[\s'"=<>`]/g, '') : text.replaceAll(quote, '')
        if (quote === '' && raw === '') return
        const html = `<a href=${quote}${raw}${quote}>x</a>`
        const token = tokenizeHtml(html)[0]
        expect(token?.type).toBe('open')
        expect(token?.type === 'open' ? token.attributes.href : undefined).toBe(parse5Attribute(html, 'a', 'href'))
      }),
      {numRuns: runs}
    )
  })
})
