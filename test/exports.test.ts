import {describe, expect, it} from 'vitest'
import * as arbitraries from '../src/arbitraries/index.js'
import * as main from '../src/index.js'
import * as node from '../src/node.js'
import * as sdk from '../src/feishu/sdk/index.js'
import * as testing from '../src/testing/index.js'
import * as v2 from '../src/v2/index.js'

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
        "progressIdPattern",
        "progressRecordDelete",
        "progressRecordFromContent",
        "progressRecordFromMarkdown",
        "progressRecordFromMarkdownAsync",
        "progressRecordRequestFields",
        "progressRecordUpdate",
        "progressRecordUpdateFromMarkdown",
        "progressStatus",
        "progressStatuses",
        "readFrontMatter",
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
        "blockV2",
        "color",
        "content",
        "contentV2",
        "docsLink",
        "element",
        "elementV2",
        "htmlish",
        "image",
        "imageV2",
        "list",
        "listV2",
        "markdownish",
        "mentionV2",
        "person",
        "text",
        "textStyle",
        "textStyleV2",
        "url",
      ]
    `)
  })

  it('okr-content/v2 (its ContentValidationError is the main entry\'s)', () => {
    expect(v2.ContentValidationError).toBe(main.ContentValidationError)
    expect(Object.keys(v2).sort()).toMatchInlineSnapshot(`
      [
        "ContentValidationError",
        "OkrV2RequestValidationError",
        "contentFromV2",
        "contentIssuesV2",
        "contentToV2",
        "contentV2ToHtml",
        "contentV2ToMarkdown",
        "htmlToContentV2",
        "keyResultCreateFromContent",
        "keyResultCreateFromMarkdown",
        "keyResultPatchFromContent",
        "keyResultPatchFromMarkdown",
        "markdownToContentV2",
        "normalizeContentV2",
        "objectiveCreateFromContent",
        "objectiveCreateFromMarkdown",
        "objectivePatchFromContent",
        "objectivePatchFromMarkdown",
        "renderObjective",
        "userIdTypes",
        "validateContentV2",
      ]
    `)
  })

  it('okr-content/testing', () => {
    expect(Object.keys(testing).sort()).toEqual(['defaultPeriodRule', 'documentedErrors', 'startOkrServer'])
  })

  it('okr-content/sdk', () => {
    expect(Object.keys(sdk).sort()).toEqual(['acceptedImageTypes', 'deleteProgressRecord', 'fetchProgressRecord', 'lookupPeople', 'postProgressRecord', 'sdkEmailResolver', 'sdkImageUploader', 'updateProgressRecord'])
  })
})
