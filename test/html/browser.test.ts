/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import {mkdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {contentToHtml, htmlToContent} from '../../src/html/index.js'
import type {Content} from '../../src/model/types.js'
import {gallery, paragraph, person, rgba, textRun} from '../../src/model/build.js'
import {type Chromium, launchChromium} from '../support/chromium.js'

/** The HTML in a real browser (test/support/chromium.ts). */
const root = path.resolve(import.meta.dirname, '../..')
const seed = JSON.parse(readFileSync(path.join(root, 'fixtures/seeds/progress-record-create-request.json'), 'utf8'))
  .content as Content

let chromium: Chromium
let browser: BrowserContext

beforeAll(async () => {
  chromium = await launchChromium()
  browser = chromium.context
})

afterAll(async () => {
  await chromium?.close()
})

/** A page that records any script run or dialog: `window.__xss` and dialogs must stay untouched. */
async function open(html: string): Promise<{page: Page; dialogs: string[]}> {
  const page = await browser.newPage()
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  await page.route('**/*', (route) => route.abort())
  // The test's own hooks, first in the page: any script of the content that
  // runs shows in `window.__xss` (or as a dialog).
  const hooks =
    '<script>window.__xss=[];for(const name of ["alert","confirm","prompt","print","open"])' +
    'window[name]=function(){window.__xss.push(name)};</script>'
  const withHooks = html.startsWith('<!doctype html>') ? html.replace('<head>', '<head>' + hooks) : hooks + html
  await page.setContent(withHooks, {waitUntil: 'load'})
  return {page, dialogs}
}

async function xssHits(page: Page): Promise<string[]> {
  // Give event handlers (onerror, onload, ontoggle…) a chance to fire.
  await page.waitForTimeout(200)
  return page.evaluate(() => (window as unknown as {__xss: string[]}).__xss)
}

describe('contentToHtml in Chromium', () => {
  it('renders the seed example: lists, numbers, checkboxes, colors, images', async () => {
    const {page, dialogs} = await open(contentToHtml(seed, {document: {title: 'Seed'}}))
    const counts = await page.evaluate(() => ({
      ol: document.querySelectorAll('ol').length,
      li: document.querySelectorAll('li').length,
      checkboxes: document.querySelectorAll('input[type=checkbox]').length,
      checked: document.querySelectorAll('input[type=checkbox]:checked').length,
      disabled: document.querySelectorAll('input[type=checkbox]:disabled').length,
      img: document.querySelectorAll('img').length,
      strong: document.querySelectorAll('strong').length,
      del: document.querySelectorAll('del').length
    }))
    expect(counts).toEqual({ol: 1, li: 8, checkboxes: 2, checked: 1, disabled: 2, img: 1, strong: 5, del: 4})

    const styles = await page.evaluate(() => {
      const spans = [...document.querySelectorAll('span')]
      const colored = spans.find((span) => span.textContent === '字体颜色验证')!
      const background = spans.find((span) => span.textContent === '背景颜色验证')!
      const struck = [...document.querySelectorAll('del')][0]!
      const bold = document.querySelector('strong')!
      const image = document.querySelector('img')!
      const paragraph = document.querySelector('p')!
      return {
        color: getComputedStyle(colored).color,
        background: getComputedStyle(background).backgroundColor,
        decoration: getComputedStyle(struck).textDecorationLine,
        weight: Number(getComputedStyle(bold).fontWeight),
        image: [image.width, image.height],
        whiteSpace: getComputedStyle(paragraph).whiteSpace,
        markers: [...document.querySelectorAll('ol > li')].map((li) => getComputedStyle(li).listStyleType)
      }
    })
    expect(styles.color).toBe('rgb(216, 57, 49)')
    expect(styles.background).toBe('rgb(251, 191, 188)')
    expect(styles.decoration).toBe('line-through')
    expect(styles.weight).toBeGreaterThanOrEqual(600)
    expect(styles.image).toEqual([458, 372])
    expect(styles.whiteSpace).toBe('pre-wrap')
    expect(styles.markers).toEqual(['decimal', 'decimal', 'decimal'])

    mkdirSync(path.join(root, '.artifacts'), {recursive: true})
    await page.screenshot({path: path.join(root, '.artifacts/seed.png'), fullPage: true})
    expect(await xssHits(page)).toEqual([])
    expect(dialogs).toEqual([])
    await page.close()
  })

  it('shows the numbers of the tree (start and value) and nests levels', async () => {
    const tree: Content = {
      blocks: [
        paragraph([textRun('three')], {type: 'number', indentLevel: 1, number: 3}),
        paragraph([textRun('four')], {type: 'number', indentLevel: 1, number: 4}),
        paragraph([textRun('nested')], {type: 'bullet', indentLevel: 2}),
        paragraph([textRun('nine')], {type: 'number', indentLevel: 1, number: 9}),
        paragraph([textRun('indented')], {type: 'indent', indentLevel: 1}),
        paragraph([textRun('alpha')], {type: 'number', indentLevel: 1, number: 0}),
        paragraph([textRun('half', {textColor: rgba(0, 0, 255, 0.5)})]),
        paragraph([person('ou_1')])
      ]
    }
    const {page, dialogs} = await open(contentToHtml(tree, {document: true}))
    // The list markers as Chromium renders them (its accessibility tree has their text).
    const cdp = await browser.newCDPSession(page)
    const {nodes} = (await cdp.send('Accessibility.getFullAXTree')) as {nodes: Array<{role?: {value?: string}; name?: {value?: string}}>}
    const markers = nodes.filter((node) => node.role?.value === 'ListMarker').map((node) => node.name?.value?.trim())
    expect(markers.filter((marker) => marker?.endsWith('.'))).toEqual(['3.', '4.', '9.', '0.'])
    expect(markers).toContain('◦')
    const shown = await page.evaluate(() => ({
      nestedDepth: (() => {
        let depth = 0
        for (let node: Element | null = [...document.querySelectorAll('li')].find((li) => li.textContent === 'nested')!; node; node = node.parentElement) {
          if (node.tagName === 'LI') depth++
        }
        return depth
      })(),
      indent: (() => {
        const p = [...document.querySelectorAll('p')].find((element) => element.textContent === 'indented')!
        return p.getBoundingClientRect().left - document.body.getBoundingClientRect().left
      })(),
      half: getComputedStyle([...document.querySelectorAll('span')].find((span) => span.textContent === 'half')!).color,
      mention: document.querySelector('[data-open-id]')?.textContent
    }))
    expect(shown.nestedDepth).toBe(2)
    expect(shown.indent).toBeGreaterThan(10)
    expect(shown.half).toBe('rgba(0, 0, 255, 0.5)')
    expect(shown.mention).toBe('@ou_1')
    expect(dialogs).toEqual([])
    await page.close()
  })

  it('class mode with its stylesheet renders the same', async () => {
    const {page} = await open(contentToHtml(seed, {document: true, styles: 'classes'}))
    const shown = await page.evaluate(() => ({
      whiteSpace: getComputedStyle(document.querySelector('p')!).whiteSpace,
      taskMarker: getComputedStyle(document.querySelector('.task-list-item')!).listStyleType,
      color: getComputedStyle([...document.querySelectorAll('span')].find((span) => span.textContent === '字体颜色验证')!).color
    }))
    expect(shown).toEqual({whiteSpace: 'pre-wrap', taskMarker: 'none', color: 'rgb(216, 57, 49)'})
    await page.close()
  })

  const hostile = [
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>',
    '<a href="javascript:alert(1)">x</a>', '<a href="&#106;avascript:alert(1)">x</a>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '<details open ontoggle=alert(1)>',
    '<body onload=alert(1)>', '<input autofocus onfocus=alert(1)>'
  ]

  it('hostile trees run no script', async () => {
    const tree: Content = {
      blocks: [
        paragraph(hostile.map((text) => textRun(text, {link: {url: 'javascript:alert(1)'}}))),
        paragraph([textRun('"><img src=x onerror=alert(1)>', {link: {url: 'https://a.b/"><img src=x onerror=alert(1)>'}})]),
        paragraph([{type: 'docsLink', docsLink: {url: ' JaVaScRiPt:alert(1)', title: '<script>alert(1)</script>'}}]),
        paragraph([person('ou_"><script>alert(1)</script>', "'><img src=x onerror=alert(1)>")]),
        gallery({src: 'javascript:alert(1)', fileToken: 'box"><img src=x onerror=alert(1)>'}, {src: 'data:image/svg+xml,<svg onload=alert(1)>'})
      ]
    }
    const html = contentToHtml(tree, {
      document: {title: '</title><script>alert(1)</script>'},
      resolvePerson: () => ({name: '<img src=x onerror=alert(1)>', href: 'javascript:alert(1)'})
    })
    const {page, dialogs} = await open(html)
    // The one script is the test's own hooks.
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(1)
    expect(await page.evaluate(() => document.querySelectorAll('iframe, svg, math, object, embed, style').length)).toBe(0)
    const anchors = await page.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.protocol))
    expect(anchors.every((protocol) => protocol === 'https:' || protocol === 'http:')).toBe(true)
    await page.evaluate(() => {
      for (const a of document.querySelectorAll('a')) a.addEventListener('click', (event) => event.preventDefault())
      for (const element of document.querySelectorAll('*')) (element as HTMLElement).click?.()
    })
    expect(await xssHits(page)).toEqual([])
    expect(dialogs).toEqual([])
    await page.close()
  })

  it('classic payloads read and written again run no script', async () => {
    const html = contentToHtml(htmlToContent(hostile.join('\n')), {document: true})
    const {page, dialogs} = await open(html)
    expect(await xssHits(page)).toEqual([])
    expect(dialogs).toEqual([])
    await page.close()
  })
})
