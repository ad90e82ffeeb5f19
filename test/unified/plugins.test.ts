import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {contentToHtml, htmlToContent} from '../../src/html/index.js'
import {markdownToContent} from '../../src/markdown/index.js'
import {normalizeContent} from '../../src/model/normalize.js'
import type {Content} from '../../src/model/types.js'
import {rehypeOkrContent, rehypeParseOkrContent, remarkOkrContent, remarkParseOkrContent} from '../../src/unified/index.js'

const markdown = '# W23\n\n**Done**: shipped [the spec](https://example.feishu.cn/docx/AbC) and <span style="color: red">this</span>\n\n- [x] load test\n  1. at 2k rps\n'
const html = '<h2>W23</h2><p><b>Done</b> <a href="https://a.b">x</a></p><ul><li>one<ol start="3"><li>two</li></ol></li></ul>'

describe('okr-content/unified', () => {
  it('remarkOkrContent compiles what remark parsed: file.result is the tree markdownToContent gives, losses are file.messages with positions', async () => {
    const file = await unified().use(remarkParse).use(remarkGfm).use(remarkOkrContent).process(markdown)
    const content: Content = file.result
    expect(content).toEqual(markdownToContent(markdown))
    expect(file.messages.map((message) => [message.ruleId, message.source, message.line, message.column])).toEqual([['heading', 'okr-content', 1, 1]])
  })

  it('rehypeOkrContent compiles what rehype parsed, as htmlToContent does', async () => {
    const file = await unified().use(rehypeParse, {fragment: true}).use(rehypeOkrContent).process(html)
    expect(file.result).toEqual(htmlToContent(html))
    expect(file.messages.map((message) => message.ruleId)).toEqual(['heading'])
  })

  it('the compilers take the converters\' options', async () => {
    const file = await unified().use(remarkParse).use(remarkOkrContent, {docsLinks: false}).process('[x](https://example.feishu.cn/docx/AbC)')
    expect(file.result.blocks[0]).toEqual({type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'x', style: {link: {url: 'https://example.feishu.cn/docx/AbC'}}}}]}})
  })

  it('remarkParseOkrContent makes a tree remark plugins and remark-stringify take: the Markdown reads back to the same content', async () => {
    const content = markdownToContent(markdown)
    for (const input of [content, {content}, {code: 0, msg: 'success', data: {content}}]) {
      const file = await unified().use(remarkParseOkrContent).use(remarkGfm).use(remarkStringify).process(JSON.stringify(input))
      expect(normalizeContent(markdownToContent(String(file)))).toEqual(normalizeContent(content))
    }
  })

  it('rehypeParseOkrContent makes the hast that rehype-stringify writes as contentToHtml does', async () => {
    const content = markdownToContent(markdown)
    const file = await unified().use(rehypeParseOkrContent, {styles: 'classes'}).use(rehypeStringify).process(JSON.stringify(content))
    expect(String(file)).toBe(contentToHtml(content, {styles: 'classes'}))
  })

  it('remarkParseOkrContent with the plain flavor reports its losses on the file', async () => {
    const tree = {blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'person', person: {openId: 'ou_1'}}]}}]}
    const file = await unified().use(remarkParseOkrContent, {flavor: 'plain'}).use(remarkStringify).process(JSON.stringify(tree))
    expect(String(file)).toBe('@ou_1\n')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['plain-mention'])
  })

  it('a document that is no content tree fails the file with a message naming the rule', async () => {
    await expect(unified().use(remarkParseOkrContent).use(remarkStringify).process('{"blocks": [')).rejects.toMatchObject({ruleId: 'json', source: 'okr-content', fatal: true})
    await expect(unified().use(rehypeParseOkrContent).use(rehypeStringify).process('{"blocks": [{"type": "table"}]}')).rejects.toMatchObject({
      ruleId: 'content',
      reason: 'Invalid content_block tree: blocks[0].type: must be "paragraph" or "gallery"'
    })
  })
})
