import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {htmlish} from '../../src/arbitraries/index.js'
import {htmlToContent} from '../../src/html/index.js'
import {validateContent} from '../../src/model/validate.js'
import {runs} from './support.js'

function readsValid(html: string) {
  const messages: unknown[] = []
  const content = htmlToContent(html, {onMessage: (message) => messages.push(message)})
  expect(() => validateContent(content)).not.toThrow()
}

describe('htmlToContent never throws and always gives a valid tree', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 200}), readsValid), {numRuns: runs})
  })

  it('on arbitrary HTML-like strings', () => {
    fc.assert(fc.property(htmlish(), readsValid), {numRuns: runs})
  })

  it('on HTML-like strings glued together', () => {
    fc.assert(fc.property(fc.array(htmlish(), {maxLength: 8}), (parts) => readsValid(parts.join(''))), {
      numRuns: Math.ceil(runs / 2)
    })
  })

  it.each(['div', 'b', 'span', 'ul><li', 'ol><li', 'blockquote', 'table><tr><td', 'a href="https://a.b"'])(
    'on 10,000-deep <%s> nesting (no recursion)',
    (tag) => {
      const content = htmlToContent(`<${tag}>`.repeat(10_000) + 'deep text')
      validateContent(content)
      expect(JSON.stringify(content)).toContain('deep text')
    }
  )

  it('clamps deep lists at 16 levels and reports list-depth', () => {
    const ruleIds: string[] = []
    const content = htmlToContent('<ul><li>'.repeat(40) + 'x', {onMessage: (message) => ruleIds.push(message.ruleId!)})
    validateContent(content)
    expect(content.blocks.at(-1)).toMatchObject({paragraph: {style: {list: {indentLevel: 16}}}})
    expect(ruleIds).toContain('list-depth')
  })

  // Its time is checked in `npm run test:perf` (test/perf/linear.test.ts), not here.
  it('reads 1 MB of HTML whole', () => {
    const row = '<p>Some <b>bold</b> and <span style="color:#f00">red</span> text &amp; more</p><ul><li>one</li><li>two</li></ul>'
    const rows = Math.ceil(1_000_000 / row.length)
    const content = htmlToContent(row.repeat(rows))
    expect(content.blocks.length).toBe(rows * 3)
    expect(content.blocks.at(-1)).toEqual({type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'two'}}], style: {list: {type: 'bullet', indentLevel: 1}}}})
  })

  it('accepts non-strings by reading their string form', () => {
    // @ts-expect-error: JavaScript callers.
    expect(htmlToContent(undefined)).toEqual({blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'undefined'}}]}}]})
  })
})
