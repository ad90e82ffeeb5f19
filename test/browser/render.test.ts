/// <reference lib="dom" />
import {mkdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {markdownToContent} from '../../src/markdown/index.js'
import type {People, PersonDisplay} from '../../src/dialect/mention.js'
import {renderProgressRecord} from '../../src/feishu/progress/render.js'
import {renderObjective} from '../../src/v2/index.js'
import {png} from '../images/encode.js'
import {objectiveView} from '../v2/objective-view.js'
import {type Chromium, launchChromium} from '../support/chromium.js'

/**
 * Records as people see them, in Chromium: the seed records and a long
 * realistic one, as a page (inline styles and class mode), on a light and a
 * dark background, and as the fragment an e-mail carries. Screenshots go to
 * `.artifacts/record-*.png`; the checks below are what a reader would notice.
 */
const root = path.resolve(import.meta.dirname, '../..')
const artifacts = path.join(root, '.artifacts')
const json = (file: string) => JSON.parse(readFileSync(path.join(root, 'fixtures', file), 'utf8'))
const people: People = new Map<string, string | PersonDisplay>([
  ['ou_3bbe8a09c20e89cce9bff989ed840674', '王芳'],
  ['ou_9d1c7a44e0f2b6a1c4d3e2f1a0b9c8d7', {name: 'Li Lei', href: 'https://example.com/people/lilei'}]
])
const longRecord = {
  progress_id: '7046518160811425999',
  modify_time: '1718169000000',
  progress_rate: {percent: 62.5, status: 1},
  content: markdownToContent(readFileSync(path.join(root, 'fixtures/records/weekly-report-long.md'), 'utf8'))
}

let chromium: Chromium
let page: Page

beforeAll(async () => {
  chromium = await launchChromium({deviceScaleFactor: 2})
  page = await chromium.context.newPage()
  await page.setViewportSize({width: 900, height: 700})
  const picture = Buffer.from(png(480, 200, [51, 112, 255]))
  await page.route('**/*', (route) =>
    route.request().resourceType() === 'image' ? route.fulfill({status: 200, contentType: 'image/png', body: picture}) : route.abort()
  )
  mkdirSync(artifacts, {recursive: true})
})

afterAll(async () => {
  await chromium?.close()
})

async function show(html: string, colorScheme: 'light' | 'dark', name: string): Promise<void> {
  await page.emulateMedia({colorScheme})
  await page.setContent(html, {waitUntil: 'load'})
  await page.screenshot({path: path.join(artifacts, `record-${name}.png`), fullPage: true})
}

/** What the reader sees of the meta line and the task boxes. */
async function looks() {
  return page.evaluate(() => {
    const style = (selector: string) => {
      const element = document.querySelector(selector)
      return element ? getComputedStyle(element) : undefined
    }
    const checked = style('input[type=checkbox]:checked')
    const empty = style('input[type=checkbox]:not(:checked)')
    const body = getComputedStyle(document.body)
    return {
      statusBackground: style('[title="Status"], [title="状态"]')?.backgroundColor,
      fill: (document.querySelector('[role=progressbar] span span') as HTMLElement | null)?.style.width,
      checkedBackground: checked?.backgroundColor,
      emptyBackground: empty?.backgroundColor,
      bodyColor: body.color,
      bodyBackground: body.backgroundColor,
      overflows: document.documentElement.scrollWidth > document.documentElement.clientWidth
    }
  })
}

describe('rendered records in Chromium', () => {
  it.each([
    ['seed', () => json('records/progress-record.json'), 'Asia/Shanghai', 'zh-CN'],
    ['long', () => longRecord, 'Asia/Shanghai', 'zh-CN']
  ])('%s record: a page with inline styles and one with classes, light and dark', async (name, record, timeZone, locale) => {
    for (const styles of ['inline', 'classes'] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await show(renderProgressRecord(record(), {document: true, styles, timeZone, locale, people}), scheme, `${name}-${styles}-${scheme}`)
        const seen = await looks()
        expect(seen.overflows).toBe(false)
        expect(seen.statusBackground).toMatch(/^rgb\((?!0, 0, 0\))/)
        expect(seen.checkedBackground).toBe('rgb(51, 112, 255)')
        expect(seen.emptyBackground).toBe('rgb(255, 255, 255)')
        // The page follows the reader's color scheme: light text on dark, and the reverse.
        const dark = scheme === 'dark'
        expect(Number(/^rgb\((\d+)/.exec(seen.bodyColor)![1]) > 128).toBe(dark)
      }
    }
  })

  it("long record as an e-mail: the inline fragment in a mail client's column", async () => {
    const fragment = renderProgressRecord(longRecord, {timeZone: 'Asia/Shanghai', locale: 'zh-CN', people})
    const mail = `<!doctype html><html><body style="margin: 0; background: #f2f3f5"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding: 24px">
      <table width="600" cellpadding="0" cellspacing="0" style="background: #ffffff; font: 14px/1.6 Arial, sans-serif; color: #1f2329"><tr><td style="padding: 24px 28px">
      <p style="margin: 0 0 16px; font-size: 16px"><b>OKR 进展更新</b> · 支付网关迁移</p>${fragment}</td></tr></table></td></tr></table></body></html>`
    await show(mail, 'light', 'long-email')
    const seen = await looks()
    expect(seen.fill).toBe('62.5%')
    expect(seen.checkedBackground).toBe('rgb(51, 112, 255)')
    expect(await page.locator('text=@王芳').count()).toBe(1)
    expect(await page.locator('a:has-text("@Li Lei")').getAttribute('href')).toBe('https://example.com/people/lilei')
  })
})

describe('an objective in Chromium', () => {
  it('objective with key results and progress: page (classes, light and dark) and e-mail fragment', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await show(renderObjective(objectiveView, {document: true, styles: 'classes', timeZone: 'Asia/Shanghai', people}), scheme, `objective-classes-${scheme}`)
      const seen = await looks()
      expect(seen.overflows).toBe(false)
      expect(await page.locator('.okr-key-result').count()).toBe(2)
      expect(await page.locator('.okr-progress-record').count()).toBe(3)
    }
    await show(renderObjective(objectiveView, {timeZone: 'Asia/Shanghai', people}), 'light', 'objective-inline')
    expect(await page.locator('text=Weight 40%').count()).toBe(1)
  })
})
