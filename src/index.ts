export type * from './model/types.js'
export {validateContent, contentIssues, ContentValidationError, maxListNumber} from './model/validate.js'
export type {ValidationIssue} from './model/validate.js'
export {normalizeContent} from './model/normalize.js'
export {markdownToContent, contentToMarkdown, contentToMdast, mdastToContent, parseMarkdown} from './markdown/index.js'
export type {MarkdownToContentOptions, ContentToMarkdownOptions} from './markdown/index.js'
export {readFrontMatter} from './markdown/from/front-matter.js'
export type {FrontMatter} from './markdown/from/front-matter.js'
export {content, paragraph, gallery, textRun, docsLink, person, rgba} from './model/build.js'
export {defaultDocsUrl, docsUrlTest} from './dialect/docs-link.js'
export type {DocsLinkOption} from './dialect/docs-link.js'
export type {People, PersonDisplay, PersonOptions, ResolvePerson} from './dialect/mention.js'
export {collectPeople} from './model/people.js'
export type {CollectedPeople, MentionTree, PeopleSource} from './model/people.js'
export {isSafeUrl} from './dialect/url.js'
export type {UrlUse} from './dialect/url.js'
export {rules} from './messages.js'
export type {RuleId, MessageOptions} from './messages.js'
export * from './feishu/progress/index.js'
export {recordStylesheet} from './feishu/progress/look.js'
// Images local to a document are URLs here; `src/node.ts` (the `node` export condition) reads files.
export {resolveImages, markdownToContentAsync, progressRecordFromMarkdownAsync} from './feishu/images/web.js'
export {shouldUploadImage, ImageUploadError} from './feishu/images/resolve.js'
export type {
  ResolveImagesOptions,
  UploadImage,
  UploadImageInput,
  UploadImageResult,
  FetchLike,
  ImageFailure
} from './feishu/images/resolve.js'
export {createPeriodRequest, parsePeriodList, listAllPeriods, periodStatuses, PeriodRequestValidationError} from './feishu/periods/index.js'
export type {
  Period,
  PeriodList,
  PeriodWire,
  PeriodListData,
  PeriodStatusName,
  PeriodCreateRequest,
  ListPeriods,
  ListAllPeriodsOptions
} from './feishu/periods/index.js'
export {FeishuApiError, feishuErrorCodes, feishuErrorFrom, unwrapResponse, RequestValidationError} from './feishu/errors.js'
export type {FeishuEnvelope, FeishuErrorInfo, RequestIssue} from './feishu/errors.js'
export {htmlToContent, hastToContent, contentToHtml, contentToHast, stylesheet, defaultCss} from './html/index.js'
export type {HtmlToContentOptions, ContentToHtmlOptions} from './html/index.js'
