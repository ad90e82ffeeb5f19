// Run in a project that holds the package with its production dependencies
// and nothing else that could bring one of them (fast-check, the optional
// peer of ./arbitraries, brings none): each entry converts something real,
// from ESM and from CommonJS. Prints the subpaths it checked.
import assert from 'node:assert/strict'
import {createRequire} from 'node:module'
import fc from 'fast-check'

const markdown = '**Done**: [spec](https://example.feishu.cn/docx/AbC)\n\n- [x] load test\n'
const html = '<p><b>Done</b></p><ul><li>one</li></ul>'
const checked = []

const main = await import('okr-content')
const content = main.markdownToContent(markdown)
assert.equal(content.blocks.length, 2)
assert.deepEqual(main.htmlToContent(html).blocks.length, 2)
assert.match(main.contentToHtml(content), /<strong>Done<\/strong>/)
assert.match(main.contentToMarkdown(content), /\*\*Done\*\*/)
checked.push('.')

const arbitraries = await import('okr-content/arbitraries')
for (const tree of fc.sample(arbitraries.content(), 5)) main.validateContent(tree)
checked.push('./arbitraries')

const render = await import('okr-content/html')
assert.equal(render.contentToHtml(content), main.contentToHtml(content))
checked.push('./html')

const sdk = await import('okr-content/sdk')
assert.equal(typeof sdk.sdkImageUploader, 'function')
checked.push('./sdk')

const testing = await import('okr-content/testing')
const server = await testing.startOkrServer()
assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/)
await server.close()
checked.push('./testing')

const plugins = await import('okr-content/unified')
assert.equal(typeof plugins.remarkOkrContent, 'function')
checked.push('./unified')

const v2 = await import('okr-content/v2')
assert.equal(v2.markdownToContentV2(markdown).blocks[1].paragraph.style.list.list_type, 'checkedBox')
assert.equal(v2.htmlToContentV2(html).blocks.length, 2)
checked.push('./v2')

const require = createRequire(import.meta.url)
const required = require('okr-content')
assert.deepEqual(required.markdownToContent(markdown), content)
assert.equal(required.htmlToContent(html).blocks.length, 2)
// Every entry from CommonJS (require() of ES modules): the very module import gives.
for (const [specifier, imported] of [['okr-content', main], ['okr-content/arbitraries', arbitraries], ['okr-content/html', render], ['okr-content/sdk', sdk], ['okr-content/unified', plugins], ['okr-content/v2', v2]]) {
  const module = require(specifier)
  assert.deepEqual(Object.keys(module).sort(), Object.keys(imported).sort(), specifier)
  for (const name of Object.keys(imported)) assert.equal(module[name], imported[name], `${specifier}: ${name}`)
}
checked.push('require')

console.log(JSON.stringify(checked))
