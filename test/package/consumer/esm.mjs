// Imports every subpath of the installed package's `exports` map and uses it.
// Prints the subpaths it checked, for the test to compare with the map.
import assert from 'node:assert/strict'
import {createRequire} from 'node:module'
import fc from 'fast-check'
import * as main from 'okr-content'
import * as arbitraries from 'okr-content/arbitraries'
import * as html from 'okr-content/html'
import packageJson from 'okr-content/package.json' with {type: 'json'}
import * as sdk from 'okr-content/sdk'
import * as testing from 'okr-content/testing'
import {rehypeOkrContent, remarkOkrContent} from 'okr-content/unified'
import * as v2 from 'okr-content/v2'
import rehypeParse from 'rehype-parse'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const checked = []

// '.': the four converters, and a lossless round trip.
const content = main.markdownToContent('**Done**: shipped [the spec](https://example.feishu.cn/docx/AbC)\n\n- [x] load test')
assert.deepEqual(content.blocks[0].paragraph.elements[2], {type: 'docsLink', docsLink: {url: 'https://example.feishu.cn/docx/AbC', title: 'the spec'}})
assert.deepEqual(content.blocks[1].paragraph.style, {list: {type: 'checkedBox', indentLevel: 1}})
assert.deepEqual(main.normalizeContent(main.markdownToContent(main.contentToMarkdown(content))), main.normalizeContent(content))
assert.deepEqual(main.normalizeContent(main.htmlToContent(main.contentToHtml(content))), main.normalizeContent(content))
checked.push('.')

// './arbitraries': valid trees, with fast-check (the optional peer).
for (const tree of fc.sample(arbitraries.content(), 20)) main.validateContent(tree)
checked.push('./arbitraries')

// './html': the render-only entry writes what the main entry writes.
assert.equal(html.contentToHtml(content, {styles: 'classes'}), main.contentToHtml(content, {styles: 'classes'}))
assert.equal(html.defaultCss, main.defaultCss)
checked.push('./html')

// './unified': remark and rehype compilers (unified, the optional peer).
const file = await unified().use(remarkParse).use(remarkGfm).use(remarkOkrContent).process('# W23\n\n- [x] done')
assert.deepEqual(file.result, main.markdownToContent('# W23\n\n- [x] done'))
assert.deepEqual(file.messages.map((message) => message.ruleId), ['heading'])
const page = await unified().use(rehypeParse).use(rehypeOkrContent).process('<p><b>a</b></p>')
assert.deepEqual(page.result, main.htmlToContent('<p><b>a</b></p>'))
checked.push('./unified')

// './v2': the v2 rich text, from Markdown and back, through the adapters, into a request's data.
const objective = v2.markdownToContentV2('**Grow** WAU with <at id="ou_1"></at>')
assert.deepEqual(objective.blocks[0].paragraph.elements[2], {paragraph_element_type: 'mention', mention: {user_id: 'ou_1'}})
assert.deepEqual(v2.markdownToContentV2(v2.contentV2ToMarkdown(objective)), v2.normalizeContentV2(objective))
assert.deepEqual(v2.contentToV2(v2.contentFromV2(objective)), objective)
assert.deepEqual(v2.objectiveCreateFromMarkdown({content: '**Grow** WAU with <at id="ou_1"></at>', score: 0.5}), {content: objective, score: 0.5})
for (const tree of fc.sample(arbitraries.contentV2(), 20)) v2.validateContentV2(tree)
checked.push('./v2')

// './sdk': the SDK's calls wired into the library's hooks (here, a client that answers like it).
const people = await sdk.lookupPeople({contact: {v3: {user: {batch: async ({params}) => ({code: 0, data: {items: params.user_ids.map((id) => ({open_id: id, name: 'Ann'}))}})}}}}, ['ou_1'])
assert.equal(main.contentToMarkdown(main.markdownToContent('<at id="ou_1"></at>'), {people}), '<at id="ou_1">@Ann</at>\n')
assert.equal(typeof sdk.sdkImageUploader({okr: {image: {upload: async () => ({file_token: 'box'})}}}, {targetId: '1', targetType: 'kr'}), 'function')
checked.push('./sdk')

// './testing': the offline OKR server answers the documented calls over HTTP.
const server = await testing.startOkrServer()
const token = await (await fetch(`${server.url}/open-apis/auth/v3/tenant_access_token/internal`, {method: 'POST', body: JSON.stringify({app_id: 'a', app_secret: 'b'})})).json()
const periods = await (await fetch(`${server.url}/open-apis/okr/v1/periods`, {headers: {authorization: `Bearer ${token.tenant_access_token}`}})).json()
assert.equal(main.parsePeriodList(periods).items.length, 10)
assert.equal(testing.documentedErrors[1001001].msg, 'invalid parameters')
await server.close()
checked.push('./testing')

// './package.json'
assert.equal(packageJson.name, 'okr-content')
assert.equal(createRequire(import.meta.url)('okr-content/package.json').version, packageJson.version)
checked.push('./package.json')

process.stdout.write(JSON.stringify(checked))
