/**
 * `okr-content/v2`: the converters for the OKR v2 API's rich text (objective
 * and key result `content`, objective `notes`, progress list items), its
 * types, validator, the adapters to and from v1's `Content`, and the `data`
 * of the v2 calls that write rich text. README § OKR v2.
 */
export type * from './types.js'
export {validateContentV2, contentIssuesV2} from './validate.js'
export {ContentValidationError} from '../model/validate.js'
export type {ValidationIssue} from '../model/validate.js'
export {normalizeContentV2} from './normalize.js'
export {contentToV2, contentFromV2, userIdTypes} from './adapt.js'
export type {AdapterOptions} from './adapt.js'
export {markdownToContentV2, contentV2ToMarkdown, htmlToContentV2, contentV2ToHtml} from './convert.js'
export type {
  MarkdownToContentV2Options,
  HtmlToContentV2Options,
  ContentV2ToMarkdownOptions,
  ContentV2ToHtmlOptions,
  ResolveMention
} from './convert.js'
export {
  objectiveCreateFromContent,
  objectiveCreateFromMarkdown,
  objectivePatchFromContent,
  objectivePatchFromMarkdown,
  keyResultCreateFromContent,
  keyResultCreateFromMarkdown,
  keyResultPatchFromContent,
  keyResultPatchFromMarkdown,
  OkrV2RequestValidationError
} from './request.js'
export type {
  ObjectiveCreateData,
  ObjectivePatchData,
  KeyResultCreateData,
  KeyResultPatchData,
  ObjectiveCreateFields,
  ObjectivePatchFields,
  KeyResultFields,
  Deadline
} from './request.js'
export type {RequestUrlOptions} from '../feishu/request-urls.js'
export {renderObjective} from './render.js'
export type {ObjectiveView, OkrEntityV2, ProgressItemV2, ProgressV2, RenderObjectiveOptions} from './render.js'
