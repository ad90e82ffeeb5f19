export {
  progressRecordFromContent,
  progressRecordFromMarkdown,
  progressRecordRequestFields,
  progressRecordUpdate,
  progressRecordUpdateFromMarkdown,
  progressRecordDelete,
  progressIdPattern,
  progressStatus,
  ProgressRecordValidationError,
  targetTypes,
  progressStatuses,
  sourceUrlPattern,
  maxPercent
} from './request.js'
export type {
  ProgressRecordCreateRequest,
  ProgressRecordFields,
  ProgressRecordUpdateRequest,
  ProgressRecordUpdatePayload,
  ProgressRecordUpdateFields,
  ProgressRecordIdPayload,
  ProgressRate,
  ProgressStatus,
  ProgressStatusName,
  TargetType
} from './request.js'
export type {RequestUrlOptions} from '../request-urls.js'
export {parseProgressRecord, renderProgressRecord, renderProgressRecordMarkdown} from './render.js'
export type {ProgressRecord, RenderProgressRecordOptions} from './render.js'
