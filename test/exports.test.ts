import {describe, expect, it} from 'vitest'
import * as arbitraries from '../src/arbitraries/index.js'
import * as main from '../src/index.js'
import * as node from '../src/node.js'

/** The public API, listed: an export added or removed by accident shows here (and in README § API). */
describe('public exports', () => {
  it('okr-content', () => {
    expect(Object.keys(main).sort()).toMatchInlineSnapshot(`
      [
        "ContentValidationError",
        "FeishuApiError",
        "ImageUploadError",
        "PeriodRequestValidationError",
        "ProgressRecordValidationError",
        "RequestValidationError",
        "collectPeople",
        "content",
        "contentIssues",
        "contentToHast",
        "contentToHtml",
        "contentToMarkdown",
        "contentToMdast",
        "createPeriodRequest",
        "defaultCss",
        "defaultDocsUrl",
        "docsLink",
        "docsUrlTest",
        "feishuErrorCodes",
        "feishuErrorFrom",
        "gallery",
        "hastToContent",
        "htmlToContent",
        "isSafeUrl",
        "listAllPeriods",
        "markdownToContent",
        "markdownToContentAsync",
        "maxListNumber",
        "maxPercent",
        "mdastToContent",
        "normalizeContent",
        "paragraph",
        "parseMarkdown",
        "parsePeriodList",
        "parseProgressRecord",
        "periodStatuses",
        "person",
        "progressRecordFromContent",
        "progressRecordFromMarkdown",
        "progressRecordFromMarkdownAsync",
        "progressRecordRequestFields",
        "progressStatus",
        "progressStatuses",
        "recordStylesheet",
        "renderProgressRecord",
        "renderProgressRecordMarkdown",
        "resolveImages",
        "rgba",
        "rules",
        "shouldUploadImage",
        "sourceUrlPattern",
        "stylesheet",
        "targetTypes",
        "textRun",
        "unwrapResponse",
        "validateContent",
      ]
    `)
  })

  it('okr-content in Node (the node condition) has the same exports, with image functions that read files', () => {
    expect(Object.keys(node).sort()).toEqual(Object.keys(main).sort())
    expect(node.resolveImages).not.toBe(main.resolveImages)
    expect(node.markdownToContent).toBe(main.markdownToContent)
  })

  it('okr-content/arbitraries', () => {
    expect(Object.keys(arbitraries).sort()).toMatchInlineSnapshot(`
      [
        "block",
        "color",
        "content",
        "docsLink",
        "element",
        "htmlish",
        "image",
        "list",
        "markdownish",
        "person",
        "text",
        "textStyle",
        "url",
      ]
    `)
  })
})
