/// <reference lib="dom" />
import {mkdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
// @ts-expect-error: a plain ES module script, without types.
import {buildPlayground} from '../../scripts/build-playground.mjs'
import {htmlToContent} from '../../src/html/index.js'
import {contentToMarkdown, markdownToContent} from '../../src/markdown/index.js'
import {contentToV2} from '../../src/v2/index.js'
import {type Chromium, launchChromium} from '../support/chromium.js'

/**
 * The playground page (`npm run build:playground`, from the built package's
 * browser export; `npm test` builds first), opened from its file in Chromium
 * as a person would: HTML pasted by a real copy and paste, Markdown typed,
 * the v2 shape chosen, the URL fragment opened in a new page. Screenshots go
 * to `.artifacts/playground-*.png`.
 */
const root = path.resolve(import.meta.dirname, '../..')
const artifacts = path.join(root, '.artifacts')
const fixture = (name: string, file: string) => readFileSync(path.join(root, 'test/fixtures/html', name, file), 'utf8')

let chromium: Chromium
let page: Page
let url = ''

beforeAll(async () => {
  url = pathToFileURL((await buildPlayground()) as string).href
  chromium = await launchChromium({deviceScaleFactor: 1})
  page = await chromium.context.newPage()
  await page.route(/^https?:/, (route) => route.abort())
  await page.setViewportSize({width: 1400, height: 1000})
  await page.goto(url)
  mkdirSync(artifacts, {recursive: true})
}, 120_000)

afterAll(async () => {
  await chromium?.close()
})

const text = async (id: string) => (await page.locator(`#${id}`).textContent()) ?? ''
const ruleIds = async () => (await page.locator('#messages code').allInnerTexts())

describe('the playground (Chromium)', () => {
  it('opens on an example: its tree, the record, both Markdowns and the messages', async () => {
    const source = await page.locator('#source').inputValue()
    expect(JSON.parse(await text('tree'))).toEqual(markdownToContent(source))
    expect(await text('lossless')).toBe(contentToMarkdown(markdownToContent(source)))
    expect(await page.locator('#record article').count()).toBe(1)
    expect(await ruleIds()).toContain('heading')
    await page.screenshot({path: path.join(artifacts, 'playground-example.png'), fullPage: true})
  })

  it('reads HTML pasted from Feishu (a real copy and paste) as Node does, and lists its messages', async () => {
    const html = fixture('feishu-paste', 'input.html')
    // The clipboard gets the captured HTML by a real copy (Ctrl+C) in the page.
    await page.evaluate((value) => {
      document.addEventListener('copy', (event) => {
        event.clipboardData!.setData('text/html', value)
        event.clipboardData!.setData('text/plain', 'pasted text')
        event.preventDefault()
      }, {once: true})
    }, html)
    await page.focus('#record')
    await page.keyboard.press('Control+C')
    await page.fill('#source', '')
    await page.focus('#source')
    await page.keyboard.press('Control+V')
    await page.waitForFunction(() => (document.querySelector('input[value=html]') as HTMLInputElement).checked)
    const messages: string[] = []
    const content = htmlToContent(html, {onMessage: (message) => messages.push(message.ruleId!)})
    expect(JSON.parse(await text('tree'))).toEqual(content)
    expect(await page.locator('#source').inputValue()).toBe(html)
    expect(await text('lossless')).toBe(contentToMarkdown(content))
    const plain: string[] = []
    expect(await text('plain')).toBe(contentToMarkdown(content, {flavor: 'plain', onMessage: (message) => plain.push(message.ruleId!)}))
    expect(await ruleIds()).toEqual([...messages, ...plain])
    expect(await page.locator('#record').innerText()).toContain('50%')
    await page.screenshot({path: path.join(artifacts, 'playground-paste-feishu.png'), fullPage: true})
  })

  it('converts Markdown as it is typed, shows the v2 shape, and keeps all of it in a link', async () => {
    const markdown = '## Plan\n\n~~old~~ **new** <u>under</u> with <at id="ou_9"></at>\n\n> quoted\n\n---\n'
    await page.check('input[value=markdown]')
    await page.fill('#source', '')
    await page.focus('#source')
    await page.keyboard.type(markdown)
    await page.check('input[value=v2]')
    const content = markdownToContent(markdown)
    expect(JSON.parse(await text('tree'))).toEqual(contentToV2(content))
    expect(await text('tree-title')).toContain('v2')
    const plain: string[] = []
    expect(await text('plain')).toBe(contentToMarkdown(content, {flavor: 'plain', onMessage: (message) => plain.push(message.ruleId!)}))
    expect(plain.length).toBeGreaterThan(0)
    expect(await ruleIds()).toEqual(expect.arrayContaining(['heading', 'thematic-break', ...plain]))
    await page.screenshot({path: path.join(artifacts, 'playground-markdown-v2.png'), fullPage: true})

    // The address is the state: opened in another page, it shows the same.
    const shared = page.url()
    expect(shared).toMatch(/#mode=markdown&shape=v2&source=/)
    const other = await chromium.context.newPage()
    await other.goto(shared)
    expect(await other.locator('#source').inputValue()).toBe(markdown)
    expect(await other.locator('input[value=v2]').isChecked()).toBe(true)
    expect(await other.locator('#tree').textContent()).toBe(await text('tree'))
    await other.close()
  })
})
