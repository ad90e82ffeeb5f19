/**
 * `htmlToContent` reads parse5's tree directly; `hastToContent` reads hast.
 * Both must give the same content and the same messages (rule, reason,
 * position), with or without listeners (positions are only tracked when
 * someone listens).
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {htmlish} from '../../src/arbitraries/index.js'
import {hastToContent, htmlToContent} from '../../src/html/index.js'
import {parseHtml} from '../../src/html/from/parse.js'
import type {VFileMessage} from '../../src/messages.js'
import {runs} from './support.js'

function summary(message: VFileMessage) {
  return [message.ruleId, message.reason, message.source, message.place]
}

function same(html: string) {
  const direct: unknown[] = []
  const viaHast: unknown[] = []
  const content = htmlToContent(html, {onMessage: (message) => direct.push(summary(message))})
  expect(hastToContent(parseHtml(html), {onMessage: (message) => viaHast.push(summary(message))})).toEqual(content)
  expect(direct).toEqual(viaHast)
  expect(htmlToContent(html)).toEqual(content)
}

describe('htmlToContent (parse5 tree) agrees with hastToContent (hast)', () => {
  const fixtures = path.resolve(import.meta.dirname, '../fixtures/html')
  it('on the fixtures', () => {
    for (const name of readdirSync(fixtures)) same(readFileSync(path.join(fixtures, name, 'input.html'), 'utf8'))
  })

  it('on Word lists, colors, fonts, class mode and odd CSS', () => {
    same(
      '<p class=MsoListParagraph style="mso-list: l0 level2 lfo1"><span style="mso-list:Ignore">a)<span> </span></span>x</p>' +
        '<p style="mso-list: l0 level1 lfo1"><span style="mso-list: ignore"><b>12</b>.</span>y</p>' +
        '<font color="ff0000">r</font><font color="nope">n</font><font color="inherit">i</font>' +
        '<span style="color: bogus; background: url(x); background-color: transparent">c</span>' +
        '<span style="color: red !important; background: #00ff00">d</span>' +
        '<b style="font-weight: normal; text-decoration: underline line-through; font-style: oblique">e</b>' +
        '<p class="okr-text">  kept  </p><p style="white-space: pre-line">a\n b</p><pre style="white-space: normal">x  y</pre>' +
        '<span style="color: initial"><span style="color: #123">f</span></span><span style="/* */ color: rgb(1 2 3 / 50%)">g</span>'
    )
  })

  it('on arbitrary HTML-like strings', () => {
    fc.assert(fc.property(htmlish(), same), {numRuns: runs})
  })

  it('on HTML-like strings glued together', () => {
    fc.assert(fc.property(fc.array(htmlish(), {maxLength: 8}), (parts) => same(parts.join(''))), {
      numRuns: Math.ceil(runs / 2)
    })
  })
})
