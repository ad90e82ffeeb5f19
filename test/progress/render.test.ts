import {readFileSync} from 'node:fs'
import * as parse5 from 'parse5'
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {FeishuApiError, feishuErrorCodes, feishuErrorFrom, unwrapResponse} from '../../src/feishu/errors.js'
import {ContentValidationError} from '../../src/model/validate.js'
import {parseProgressRecord, renderProgressRecord, renderProgressRecordMarkdown} from '../../src/feishu/progress/render.js'

const json = (file: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8'))
const getResponse = json('seeds/progress-record-get-response.json')
const createResponse = json('seeds/progress-record-create-response.json')
const record = json('records/progress-record.json')

describe('renderProgressRecord (HTML)', () => {
  it('renders the seed get response: the mention, and the date in UTC', () => {
    const html = renderProgressRecord(getResponse)
    expect(html).toMatch(/^<article class="okr-progress-record" style="overflow-wrap: anywhere" data-progress-id="7046518160811425812">/)
    expect(html).toContain('ou_b1ba99a5340289d7af30839fd95ce1ee')
    // 1640677213095 ms = 2021-12-28T07:40:13.095Z
    expect(html).toMatch(/<time style="[^"]+" datetime="2021-12-28T07:40:13\.095Z">Updated Dec 28, 2021, 07:40 UTC<\/time>/)
    expect(html).not.toContain('progressbar')
  })

  it('renders the fixture record: content, status badge, progress bar and percent, date (class mode)', () => {
    const html = renderProgressRecord(record, {styles: 'classes'})
    expect(html).toContain(
      '<p class="okr-progress-meta"><span class="okr-progress-status okr-progress-status-normal" title="Status">Normal</span>' +
        '<span class="okr-progress-progress" role="progressbar" aria-label="Progress" aria-valuemin="0" aria-valuemax="100" aria-valuenow="50.21">' +
        '<span class="okr-progress-bar"><span class="okr-progress-bar-fill" style="width: 50.21%"></span></span>' +
        '<data class="okr-progress-percent" value="50.21">50.21%</data></span>'
    )
    expect(html).toContain('<p class="okr-text">')
    // 1640675837810 ms = 2021-12-28T07:17:17.810Z
    expect(html).toContain('Dec 28, 2021, 07:17 UTC')
    for (const text of ['粗体验证', '删除线验证', '字体颜色验证', '任务列表已勾选验证', 'boxbcMTBQO9ofLjWkDuPxkxOA2c']) {
      expect(html).toContain(text)
    }
  })

  it('accepts data as well as the envelope', () => {
    expect(renderProgressRecord(record.data)).toBe(renderProgressRecord(record))
    expect(renderProgressRecord(createResponse.data)).toContain('粗体+删除+字体颜色+背景颜色验证')
  })

  it('shows the date in the given time zone and locale', () => {
    const html = renderProgressRecord(record, {timeZone: 'Asia/Shanghai', locale: 'zh-CN', styles: 'classes'})
    expect(html).toMatch(/^<article class="okr-progress-record" data-progress-id="7046317985098760212" lang="zh-CN">/)
    expect(html).toContain('<time class="okr-progress-updated" datetime="2021-12-28T07:17:17.810Z">更新于 2021年12月28日 GMT+8 15:17</time>')
    expect(html).toContain('aria-label="进展"')
    expect(html).toContain('title="状态">正常</span>')
  })

  it.each([
    [-1, 'No status', 'none'],
    [0, 'Normal', 'normal'],
    [1, 'At risk', 'risk'],
    [2, 'Delayed', 'delayed']
  ])('shows status %j as %s, colored in both style modes', (status, label, name) => {
    const input = {...record.data, progress_rate: {percent: 12.5, status}}
    expect(renderProgressRecord(input, {styles: 'classes'})).toContain(`<span class="okr-progress-status okr-progress-status-${name}" title="Status">${label}</span>`)
    const inline = renderProgressRecord(input)
    expect(inline).toMatch(new RegExp(`<span style="display: inline-block;[^"]*; color: #[0-9a-f]{6}; background-color: #[0-9a-f]{6}" title="Status">${label}</span>`))
    expect(inline).toContain('width: 12.5%')
    expect(inline).toContain('>12.5%</data>')
  })

  it('keeps the bar within 0..100% whatever the percent', () => {
    expect(renderProgressRecord({...record.data, progress_rate: {percent: 250}})).toContain('width: 100%')
    expect(renderProgressRecord({...record.data, progress_rate: {percent: -3}})).toContain('width: 0%')
  })

  it('passes the content options through: styles, link target, people', () => {
    const mention = {blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'person', person: {openId: 'ou_1'}}, {type: 'textRun', textRun: {text: 'x', style: {link: {url: 'https://a.b'}}}}]}}]}
    const html = renderProgressRecord({content: mention}, {people: new Map([['ou_1', 'Li Lei']]), linkTarget: '_blank', styles: 'classes'})
    expect(html).toContain('<span class="okr-mention" data-open-id="ou_1">@Li Lei</span>')
    expect(html).toContain('<a href="https://a.b" target="_blank" rel="noopener noreferrer">x</a>')
    expect(renderProgressRecordMarkdown({content: mention}, {people: {ou_1: {name: 'Li Lei'}}})).toContain('@Li Lei')
  })

  it('writes a standalone page with the header in the body', () => {
    const html = renderProgressRecord(record, {document: true})
    expect(html).toMatch(/^<!doctype html>/i)
    expect(html).toMatch(/^<!doctype html><html lang="en">/)
    expect(html).toContain('<title>粗体验证</title>')
    expect(renderProgressRecord(record, {document: true, locale: 'zh-CN'})).toMatch(/^<!doctype html><html lang="zh-CN">/)
    expect(renderProgressRecord({content: {blocks: []}}, {document: true})).toContain('<title>OKR progress record</title>')
    expect(html).toMatch(/<body><article class="okr-progress-record" style="overflow-wrap: anywhere" data-progress-id="7046317985098760212"><p style="[^"]+"><span style=/)
    expect(html).toContain('50.21%')
    expect(html).toContain('粗体验证')
    expect(renderProgressRecord(record, {document: {title: 'W23 <report>'}})).toContain('<title>W23 &#x3C;report></title>')
  })

  it('escapes what comes from the record', () => {
    const hostile = {
      progress_id: '"><script>alert(1)</script>',
      content: {blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: '<img src=x onerror=alert(1)>'}}]}}]}
    }
    for (const document of [true, false]) {
      const html = renderProgressRecord(hostile, {document})
      // Parsed as a browser would: the id stays an attribute value, the text stays text.
      const tree = parse5.parse(html)
      const names: string[] = []
      const stack: parse5.DefaultTreeAdapterMap['node'][] = [tree]
      while (stack.length > 0) {
        const node = stack.pop()!
        if ('tagName' in node) names.push(node.tagName)
        if ('childNodes' in node) stack.push(...node.childNodes)
      }
      expect(names).not.toContain('script')
      expect(names).not.toContain('img')
      expect(html).toContain('data-progress-id="&#x22;><script>alert(1)</script>"')
    }
  })

  it('rejects a bad time zone and a bad format clearly', () => {
    expect(() => renderProgressRecord(record, {timeZone: 'Mars/Olympus'})).toThrow(RangeError)
    expect(() => renderProgressRecord(record, {format: 'pdf' as 'html'})).toThrow('format: must be "html" or "markdown"')
  })
})

describe('renderProgressRecordMarkdown', () => {
  it('renders the header line and the content', () => {
    const md = renderProgressRecordMarkdown(record)
    expect(md.startsWith('**Progress:** 50.21% · **Status:** Normal · **Updated:** Dec 28, 2021, 07:17 UTC\n\n')).toBe(true)
    expect(md).toContain('粗体验证')
    expect(renderProgressRecord(record, {format: 'markdown'})).toBe(md)
  })

  it('renders the seed get response with its date only', () => {
    const md = renderProgressRecordMarkdown(getResponse, {timeZone: 'America/New_York'})
    expect(md.startsWith('**Updated:** Dec 28, 2021, 02:40 EST\n\n')).toBe(true)
  })

  it('passes flavor and messages through: plain Markdown, no HTML, each loss with its path in the content', () => {
    const messages: VFileMessage[] = []
    const md = renderProgressRecordMarkdown(record, {flavor: 'plain', onMessage: (message) => messages.push(message)})
    expect(md.startsWith('**Progress:** 50.21% · **Status:** Normal · **Updated:** Dec 28, 2021, 07:17 UTC\n\n**粗体验证**\n')).toBe(true)
    expect(md).toContain('\n字体颜色验证\n')
    expect(md).not.toMatch(/<(?:span|img|at|br|p)\b|<!--/)
    expect(messages.map((message) => `${message.ruleId} ${/\((blocks[^:)]*)/.exec(message.reason)?.[1]}`)).toEqual([
      'plain-color blocks[2].paragraph.elements[0]',
      'plain-color blocks[3].paragraph.elements[0]',
      'plain-color blocks[4].paragraph.elements[0]',
      'plain-color blocks[7].paragraph.elements[1]',
      'plain-color blocks[10].paragraph.elements[1]',
      'plain-image blocks[12].gallery.imageList[0]'
    ])
    const lossless: VFileMessage[] = []
    expect(renderProgressRecordMarkdown(record, {onMessage: (message) => lossless.push(message)})).toContain('<span style=')
    expect(lossless).toEqual([])
  })
})

describe('reading records', () => {
  it('validates the content and the fields', () => {
    expect(() => parseProgressRecord({code: 0, data: {content: {blocks: [{type: 'table'}]}}})).toThrow(ContentValidationError)
    expect(() => parseProgressRecord({content: {blocks: []}, modify_time: 'yesterday'})).toThrow('modify_time: must be milliseconds')
    expect(() => parseProgressRecord({content: {blocks: []}, progress_rate: {status: 7}})).toThrow('progress_rate: must be')
    expect(() => parseProgressRecord('nope')).toThrow('must be an object')
    expect(() => parseProgressRecord({code: 0, data: null})).toThrow('`data` must be an object with `content`')
    expect(parseProgressRecord(record)).toBe(record.data)
  })

  it.each(Object.keys(feishuErrorCodes).map(Number))('raises a typed error with advice for code %i', (code) => {
    const error = (() => {
      try {
        renderProgressRecord({code, msg: 'server says no', data: {}})
      } catch (error) {
        return error as FeishuApiError
      }
      throw new Error('expected a throw')
    })()
    expect(error).toBeInstanceOf(FeishuApiError)
    expect(error.code).toBe(code)
    expect(error.msg).toBe('server says no')
    expect(error.advice).toBe(feishuErrorCodes[code]!.advice)
    expect(error.adviceZh).toBe(feishuErrorCodes[code]!.adviceZh)
    expect(error.httpStatus).toBe(feishuErrorCodes[code]!.httpStatus)
    expect(error.message).toContain(`Feishu API error ${code}: server says no — `)
  })

  it('gives the documented advice for the common codes', () => {
    expect(new FeishuApiError({code: 1001004}).message).toBe(
      'Feishu API error 1001004: okr data not found — No OKR data has this ID: check the ID you passed (e.g. the progress_id). (对应ID的数据不存在，请检查传入的 OKR 进展记录 ID（progress_id）是否正确)'
    )
    expect(new FeishuApiError({code: 1000403}).httpStatus).toBe(403)
    expect(new FeishuApiError({code: 1001008}).adviceZh).toBe('对应时间的周期已存在，无需再度创建')
    expect(new FeishuApiError({code: 1001009}).advice).toMatch(/start month does not fit the period rule/)
  })

  it('raises an error for an undocumented code too, without advice', () => {
    const error = new FeishuApiError({code: 99991663, msg: 'token invalid', httpStatus: 400})
    expect(error.advice).toBeUndefined()
    expect(error.message).toBe('Feishu API error 99991663: token invalid')
    expect(error.httpStatus).toBe(400)
  })

  it('unwraps responses and reads SDK errors', () => {
    expect(unwrapResponse({code: 0, msg: 'success', data: {a: 1}})).toEqual({a: 1})
    expect(unwrapResponse({a: 1})).toEqual({a: 1})
    expect(() => unwrapResponse({code: '0'})).toThrow('response.code: must be a number')
    const sdkError = Object.assign(new Error('Request failed with status code 400'), {
      response: {status: 400, data: {code: 1001001, msg: 'invalid parameters'}}
    })
    expect(feishuErrorFrom(sdkError)).toMatchObject({code: 1001001, httpStatus: 400, msg: 'invalid parameters'})
    expect(feishuErrorFrom(new Error('boom'))).toBeUndefined()
  })
})
