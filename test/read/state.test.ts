import {describe, expect, it} from 'vitest'
import {htmlToContent} from '../../src/html/index.js'
import {markdownToContent} from '../../src/markdown/index.js'
import {textRun} from '../../src/model/build.js'
import type {Element} from '../../src/model/types.js'
import {appendText, dropTrailingBreak} from '../../src/read/state.js'

describe('the rules both readers share', () => {
  it('appendText joins a run of the same style, starts one otherwise, and never shares the style object', () => {
    const style = {bold: true}
    const first = appendText(undefined, 'a', style) as Extract<Element, {type: 'textRun'}>
    expect(first).toEqual(textRun('a', {bold: true}))
    expect(first.textRun.style).not.toBe(style)
    expect(appendText(first, 'b', {bold: true})).toBeUndefined()
    expect(first.textRun.text).toBe('ab')
    expect(appendText(first, 'c', {})).toEqual(textRun('c'))
    expect(appendText({type: 'docsLink', docsLink: {url: 'https://a.feishu.cn/docx/x'}}, 'd', {})).toEqual(textRun('d'))
  })

  it('dropTrailingBreak takes one "\\n" off the end, and says when nothing is left', () => {
    const run = textRun('a\n\n')
    expect(dropTrailingBreak(run)).toBe(false)
    expect(run).toEqual(textRun('a\n'))
    const only = textRun('\n')
    expect(dropTrailingBreak(only)).toBe(true)
    expect(dropTrailingBreak(textRun('a'))).toBe(false)
    expect(dropTrailingBreak(undefined)).toBe(false)
  })

  it('the depth limit: both readers clamp at 16 and report list-depth', () => {
    const markdown = '>'.repeat(17) + ' deep'
    const html = '<blockquote>'.repeat(17) + 'deep'
    const rules: string[] = []
    const fromMarkdown = markdownToContent(markdown, {onMessage: (message) => rules.push(String(message.ruleId))})
    const fromHtml = htmlToContent(html, {onMessage: (message) => rules.push(String(message.ruleId))})
    expect(fromMarkdown).toEqual(fromHtml)
    expect(fromMarkdown.blocks[0]).toMatchObject({paragraph: {style: {list: {type: 'indent', indentLevel: 16}}}})
    expect(rules.filter((rule) => rule === 'list-depth')).toHaveLength(2)
  })
})
