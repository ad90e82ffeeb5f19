/// <reference lib="dom" />
import {mkdirSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {build} from 'esbuild'
import fc from 'fast-check'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {htmlish} from '../../src/arbitraries/index.js'
import {htmlToContent} from '../../src/html/index.js'
import {markdownToContent} from '../../src/markdown/index.js'
import type {Content} from '../../src/model/types.js'
import {png} from '../images/encode.js'
import {type Chromium, launchChromium} from '../support/chromium.js'

/**
 * Where people paste: a page that bundles `okr-content` for the browser (as
 * an integrator's editor would: the built package's `browser` export, which
 * reads HTML with the platform's parser, not parse5), in Chromium. Each clipboard fixture is put
 * on the clipboard by a real copy (Ctrl+C, the page's `copy` handler sets the
 * captured `text/html`) and pasted with Ctrl+V: the page converts the paste
 * event's HTML with `htmlToContent` and shows it with `contentToHtml`. Also:
 * Markdown typed into a textarea. Screenshots go to `.artifacts/`.
 */
const root = path.resolve(import.meta.dirname, '../..')
const artifacts = path.join(root, '.artifacts')
const clipboards = ['feishu-paste', 'google-docs', 'word', 'github-markdown']
/** Every HTML fixture (the clipboard ones among them). */
const htmlFixtures = readdirSync(path.join(root, 'test/fixtures/html')).sort()
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {exports: Record<string, Record<string, string>>}
const fixture = (name: string, file: string) => readFileSync(path.join(root, 'test/fixtures/html', name, file), 'utf8')

let chromium: Chromium
let page: Page
let inputs: string[] = []

const editor = (bundle: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Paste into a progress record</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 24px; color: #1f2329; }
  .row { display: flex; gap: 24px; }
  .pane { flex: 1; border: 1px solid #dee0e3; border-radius: 8px; padding: 12px 16px; min-height: 120px; }
  h2 { font-size: 13px; text-transform: uppercase; color: #646a73; margin: 0 0 8px; }
  textarea { width: 100%; min-height: 90px; font: 13px ui-monospace, monospace; }
</style></head><body>
<div id="source" tabindex="0">(the clipboard's source)</div>
<div class="row">
  <div class="pane"><h2>Paste here</h2><div id="paste" contenteditable="true"></div><h2>or type Markdown</h2><textarea id="markdown"></textarea></div>
  <div class="pane"><h2>Progress record</h2><section id="preview"></section></div>
</div>
<script>${bundle}</script>
<script>
  const preview = document.getElementById('preview')
  document.head.insertAdjacentHTML('beforeend', '<style>' + okr.defaultCss + '</style>')
  function show(content, messages) {
    window.__content = content
    window.__messages = messages
    preview.innerHTML = okr.contentToHtml(content, {styles: 'classes'})
  }
  document.addEventListener('copy', (event) => {
    event.clipboardData.setData('text/html', window.__clipboard)
    event.clipboardData.setData('text/plain', 'pasted text')
    event.preventDefault()
  })
  document.getElementById('paste').addEventListener('paste', (event) => {
    event.preventDefault()
    const messages = []
    show(okr.htmlToContent(event.clipboardData.getData('text/html'), {onMessage: (message) => messages.push(message.ruleId)}), messages)
  })
  document.getElementById('markdown').addEventListener('input', (event) => {
    const messages = []
    show(okr.markdownToContent(event.target.value, {onMessage: (message) => messages.push(message.ruleId)}), messages)
  })
</script></body></html>`

beforeAll(async () => {
  // The built package (`npm test` builds first), through its `browser` condition.
  const bundle = await build({
    entryPoints: [path.join(root, pkg.exports['.']!.browser!)],
    bundle: true,
    metafile: true,
    format: 'iife',
    globalName: 'okr',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent'
  })
  inputs = Object.keys(bundle.metafile.inputs)
  chromium = await launchChromium({deviceScaleFactor: 2})
  page = await chromium.context.newPage()
  // Offline: images are answered with a picture of our own, every other request fails.
  const picture = Buffer.from(png(320, 180, [51, 112, 255]))
  await page.route('**/*', (route) =>
    route.request().resourceType() === 'image' ? route.fulfill({status: 200, contentType: 'image/png', body: picture}) : route.abort()
  )
  await page.setViewportSize({width: 1100, height: 700})
  await page.setContent(editor(bundle.outputFiles[0]!.text.replaceAll('</script', '<\\/script')), {waitUntil: 'load'})
  mkdirSync(artifacts, {recursive: true})
}, 120_000)

afterAll(async () => {
  await chromium?.close()
})

async function shown(): Promise<{content: Content; messages: string[]}> {
  return page.evaluate(() => ({content: (window as unknown as {__content: Content}).__content, messages: (window as unknown as {__messages: string[]}).__messages}))
}

describe('pasting into a page that bundles okr-content (Chromium)', () => {
  it.each(clipboards)('%s: a real copy and paste gives the content Node gives, shown by contentToHtml', async (name) => {
    const html = fixture(name, 'input.html')
    await page.evaluate((value) => {
      ;(window as unknown as {__clipboard: string}).__clipboard = value
      document.getElementById('paste')!.textContent = ''
    }, html)
    await page.focus('#source')
    await page.keyboard.press('Control+A')
    await page.keyboard.press('Control+C')
    await page.focus('#paste')
    await page.keyboard.press('Control+V')
    await page.waitForFunction(() => (window as unknown as {__content?: unknown}).__content !== undefined)
    const {content, messages} = await shown()
    const expected: string[] = []
    expect(content).toEqual(htmlToContent(html, {onMessage: (message) => expected.push(message.ruleId!)}))
    expect(content).toEqual(JSON.parse(fixture(name, 'output.json')))
    expect(messages).toEqual(expected)
    expect(await page.locator('#preview').innerText()).not.toBe('')
    await page.screenshot({path: path.join(artifacts, `paste-${name}.png`), fullPage: true})
    await page.evaluate(() => delete (window as unknown as {__content?: unknown}).__content)
  })

  it('the page reads HTML with the platform: neither parse5 nor entity tables are in its bundle', () => {
    expect(inputs.some((input) => input.startsWith('dist/browser/'))).toBe(true)
    expect(inputs.filter((input) => /node_modules\/(?:parse5|entities|character-entities)\//.test(input))).toEqual([])
  })

  it('every HTML fixture gives in Chromium the content and messages it gives in Node', async () => {
    const same: string[] = []
    for (const name of htmlFixtures) {
      const html = fixture(name, 'input.html')
      const expected: string[] = []
      const node = htmlToContent(html, {onMessage: (message) => expected.push(message.ruleId!)})
      const browser = await page.evaluate((value) => {
        const messages: string[] = []
        const okr = (window as unknown as {okr: {htmlToContent: (html: string, options: object) => unknown}}).okr
        return {content: okr.htmlToContent(value, {onMessage: (message: {ruleId: string}) => messages.push(message.ruleId)}), messages}
      }, html)
      expect({name, ...browser}).toEqual({name, content: node, messages: expected})
      same.push(name)
    }
    console.log(`${same.length} of ${htmlFixtures.length} HTML fixtures give the same content and messages in Chromium and in Node`)
    expect(same).toEqual(htmlFixtures)
  })

  it('random HTML-like strings (seeded) give in Chromium the content and messages they give in Node', async () => {
    const inputs = [
      ...fc.sample(htmlish(), {numRuns: 400, seed: 21}),
      ...fc.sample(fc.array(htmlish(), {maxLength: 6}).map((parts) => parts.join('')), {numRuns: 200, seed: 21}),
      ...fc.sample(fc.string({unit: 'binary', maxLength: 120}), {numRuns: 200, seed: 21})
    ].filter((input) => input.isWellFormed()) // what the page is sent travels as UTF-8
    const browser = await page.evaluate((values) => {
      const okr = (window as unknown as {okr: {htmlToContent: (html: string, options: object) => unknown}}).okr
      return values.map((value) => {
        const messages: string[] = []
        return {content: okr.htmlToContent(value, {onMessage: (message: {ruleId: string}) => messages.push(message.ruleId)}), messages}
      })
    }, inputs)
    const differ = inputs.filter((input, index) => {
      const messages: string[] = []
      const content = htmlToContent(input, {onMessage: (message) => messages.push(message.ruleId!)})
      return JSON.stringify({content, messages}) !== JSON.stringify(browser[index])
    })
    console.log(`${inputs.length - differ.length} of ${inputs.length} random HTML-like strings give the same content and messages in Chromium and in Node`)
    expect(differ).toEqual([])
  })

  it('character references in Markdown\'s inline HTML decode in the page as in Node (the platform\'s tables)', async () => {
    const markdown = [
      '<span style="color: &#x72;ed">red</span> <a href="https://example.com/?a=1&amp;b=2&copy=3&notit;">link</a>',
      '<span title="&amp &lt;x&gt; &#0; &#x80; &unknown; &not=">t</span> <at id="ou_&#x31;"></at>',
      '<b class=\'"&quot;\'>q</b>'
    ].join('\n\n')
    const browser = await page.evaluate((value) => (window as unknown as {okr: {markdownToContent: (markdown: string) => unknown}}).okr.markdownToContent(value), markdown)
    expect(browser).toEqual(markdownToContent(markdown))
  })

  it('Markdown typed into a textarea converts in the page as in Node', async () => {
    const markdown = '# W23\n\n**Done**: shipped [the spec](https://example.feishu.cn/docx/AbC)\n\n- [x] load test\n- [ ] rollout\n  1. canary\n'
    await page.fill('#markdown', '')
    await page.focus('#markdown')
    await page.keyboard.type(markdown)
    await page.waitForFunction((length) => (document.getElementById('markdown') as HTMLTextAreaElement).value.length === length, markdown.length)
    const {content, messages} = await shown()
    expect(content).toEqual(markdownToContent(markdown))
    expect(messages).toEqual(['heading'])
    await page.screenshot({path: path.join(artifacts, 'typed-markdown.png'), fullPage: true})
  })
})
