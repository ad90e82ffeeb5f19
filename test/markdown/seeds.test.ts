import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {contentToMarkdown, markdownToContent} from '../../src/markdown/index.js'
import {normalizeContent} from '../../src/model/normalize.js'
import {validateContent} from '../../src/model/validate.js'

/** The examples of the Feishu documents (seeds 002 and 003). */
export const seeds = {
  'create request (003)': JSON.parse(read('progress-record-create-request.json')).content,
  'create response (003)': JSON.parse(read('progress-record-create-response.json')).data.content,
  'get response (002)': JSON.parse(read('progress-record-get-response.json')).data.content
}

function read(name: string): string {
  return readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8')
}

describe('seed examples through Markdown', () => {
  for (const [name, seed] of Object.entries(seeds)) {
    it(`${name} validates and round-trips exactly`, () => {
      const content = validateContent(seed)
      const markdown = contentToMarkdown(content)
      expect(normalizeContent(markdownToContent(markdown))).toEqual(normalizeContent(content))
    })
  }

  it('writes the create request example as readable Markdown', () => {
    expect(contentToMarkdown(seeds['create request (003)'])).toMatchInlineSnapshot(`
      "**粗体验证**

      **\\***~~删除线验证~~

      <span style="color: rgba(216, 57, 49, 1)">字体颜色验证</span>

      <span style="background-color: rgba(251, 191, 188, 1)">背景颜色验证</span>

      <span style="color: rgba(216, 57, 49, 1); background-color: rgba(251, 191, 188, 1)">**~~粗体+删除+字体颜色+背景颜色验证~~**</span>

      1. 有序标题1验证,**粗体验证**
      2. 有序标题2验证,~~删除线验证~~
      3. 有序标题3验证,<span style="color: rgba(216, 57, 49, 1); background-color: rgba(251, 191, 188, 1)">字体背景颜色验证</span>

      - 无序标题1验证,**粗体**
      - 无序标题2验证,~~删除线~~
      - 无序标题3验证,<span style="color: rgba(216, 57, 49, 1); background-color: rgba(251, 191, 188, 1)">字体背景颜色验证</span>

      <https://example.cn/docx/doxcnO2Wkq0YPZQYLuJKyyOvLrh#doxcnSOui82swqk6c0o436Ak3nc>

      <img src="https://internal-api-okr.feishu-boe.cn/stream/api/downloadFile/?file_token=boxbcMTBQO9ofLjWkDuPxkxOA2c&amp;ticket=eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJ0YXJnZXRfaWQiOiI3MDQxNDMwMzc3NjQyMDgyMzIzIiwidGFyZ2V0X3R5cGUiOjMsImFjdGlvbiI6MiwiZmlsZV90b2tlbiI6ImJveGJjTVRCUU85b2ZMaldrRHVQeGt4T0EyYyIsInVzZXJfaWQiOiI2OTY5ODU1NTAxNzQ0ODM0MDkyIiwidGVuYW50X2lkIjoiNjg3NzUwMjY4NzYwOTQwNjk5MCIsImV4cCI6MTY0MDE1NTk2M30.yc4qV2pkGUVwSO53-N_XGgeMucjmDn9iso1Ez_8vpghFz8YdeSDf4NHQpxOHYHc8RURvwI0a5UTNKKJ9CWagTQ" data-file-token="boxbcMTBQO9ofLjWkDuPxkxOA2c" width="458" height="372"><!---->

      - [ ] 任务列表未勾选验证
      - [x] 任务列表已勾选验证
      "
    `)
  })
})
