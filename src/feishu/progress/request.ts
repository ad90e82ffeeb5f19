import {RequestValidationError, type RequestIssue} from '../errors.js'
import {markdownToContent, type MarkdownToContentOptions} from '../../markdown/index.js'
import type {Content} from '../../model/types.js'
import {v1Names} from '../../model/validate.js'
import {buildRequest, type CallSpec, type FieldRule, nonEmptyString, withoutFields} from '../request-fields.js'
import {treeRule, type RequestUrlOptions} from '../request-urls.js'

/** `target_type`: 2 = an objective (O), 3 = a key result (KR). */
export type TargetType = 2 | 3
/** `progress_rate.status`: -1 none, 0 normal, 1 at risk, 2 delayed. */
export type ProgressStatus = -1 | 0 | 1 | 2
/** The names accepted for {@link ProgressStatus}. */
export type ProgressStatusName = 'none' | 'normal' | 'risk' | 'delayed'

export const targetTypes = {objective: 2, kr: 3} as const satisfies Record<string, TargetType>
export const progressStatuses = {none: -1, normal: 0, risk: 1, delayed: 2} as const satisfies Record<
  ProgressStatusName,
  ProgressStatus
>

/** `progress_rate` of a record: percent (two decimals) and status. */
export interface ProgressRate {
  percent?: number
  status?: ProgressStatus
}

/** The exact body of `POST /open-apis/okr/v1/progress_records`. */
export interface ProgressRecordCreateRequest {
  source_title: string
  source_url: string
  source_url_pc?: string
  source_url_mobile?: string
  target_id: string
  target_type: TargetType
  content: Content
  progress_rate?: ProgressRate
}

/**
 * The exact body of `PUT /open-apis/okr/v1/progress_records/:progress_id`:
 * the SDK (and the API) take the whole content on update, and the rate optionally.
 */
export interface ProgressRecordUpdateRequest {
  content: Content
  progress_rate?: ProgressRate
}

/** What the SDK's `client.okr.v1.progressRecord.update` takes: the record's id and the body. */
export interface ProgressRecordUpdatePayload {
  path: {progress_id: string}
  data: ProgressRecordUpdateRequest
}

/** What the SDK's `client.okr.v1.progressRecord.delete` (and `.get`) take. */
export interface ProgressRecordIdPayload {
  path: {progress_id: string}
}

/** The fields of an update besides its content: the progress rate. */
export interface ProgressRecordUpdateFields {
  progress?: ProgressRecordFields['progress']
}

/** The fields of a create request besides its content, in camelCase. */
export interface ProgressRecordFields {
  /** The OKR objective or key result id (a string: ids exceed 2^53). */
  targetId: string
  /** 2 / `'objective'`, or 3 / `'kr'`. */
  targetType: TargetType | 'objective' | 'kr'
  /** Where the progress comes from, e.g. `'Weekly report'`. */
  sourceTitle: string
  /** Must match `^https?://.*$`. */
  sourceUrl: string
  sourceUrlPc?: string | undefined
  sourceUrlMobile?: string | undefined
  progress?:
    | {
        /** Within ±99999999999, at most two decimals (more are rejected, not rounded). */
        percent?: number | undefined
        status?: ProgressStatus | ProgressStatusName | undefined
      }
    | undefined
}

/** Thrown when a create or update request breaks a documented rule; `issues` names each field. */
export class ProgressRecordValidationError extends RequestValidationError {
  constructor(issues: RequestIssue[], what = 'progress record create request') {
    super(what, issues)
    this.name = 'ProgressRecordValidationError'
  }
}

/** The documented pattern of `source_url`, `source_url_pc` and `source_url_mobile`. */
export const sourceUrlPattern = /^https?:\/\/.*$/
/** The documented bound of `progress_rate.percent`. */
export const maxPercent = 99_999_999_999

const percentRule = `must be a number within ±${maxPercent} with at most two decimals`
const statusRule = 'must be -1, 0, 1, 2 or one of "none", "normal", "risk", "delayed"'

const sourceUrl: FieldRule = (value, path, issues) => {
  if (typeof value === 'string' && sourceUrlPattern.test(value)) return value
  issues.push({path, message: 'must match ^https?://.*$'})
  return undefined
}

const targetType: FieldRule = (value, path, issues) => {
  if (value === 2 || value === 3) return value
  if (value === 'objective' || value === 'kr') return targetTypes[value]
  issues.push({path, message: 'must be 2 / "objective" or 3 / "kr"'})
  return undefined
}

const progressRate: FieldRule = (value, path, issues) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({path, message: 'must be an object with `percent` and/or `status`'})
    return undefined
  }
  const {percent, status} = value as Record<string, unknown>
  const rate: ProgressRate = {}
  if (percent !== undefined) {
    if (isPercent(percent)) rate.percent = percent
    else issues.push({path: `${path}.percent`, message: percentRule})
  }
  if (status !== undefined) {
    const code = progressStatus(status)
    if (code === undefined) issues.push({path: `${path}.status`, message: statusRule})
    else rate.status = code
  }
  return percent !== undefined || status !== undefined ? rate : undefined
}

/** A v1 tree: valid (`content.…` paths), every URL inside the policy, images uploaded, relative URLs as `options` say; the wire copy. */
const v1Content = (options?: RequestUrlOptions): FieldRule =>
  treeRule(v1Names, 'upload local images with progressRecordFromMarkdownAsync', wireContent, options)

/** The pattern of a `progress_id` (ids such as `7046518160811425812`; nothing that would change the URL's path). */
export const progressIdPattern = /^[\w-]{1,64}$/

/** `:progress_id`, a path parameter: checked with the body's fields, sent in the path. */
const progressIdRule: FieldRule = (value, path, issues) => {
  if (typeof value === 'string' && progressIdPattern.test(value)) return value
  const hint = typeof value === 'number' ? ' (ids exceed 2^53: pass them as strings)' : ''
  issues.push({path, message: `must be a record id (letters, digits, - and _)${hint}`})
  return undefined
}

const progress = {wire: 'progress_rate', rule: progressRate}

/** `POST /open-apis/okr/v1/progress_records` (seed 003, 请求体). */
export const progressRecordCreateSpec = {
  what: 'progress record create request',
  fields: {
    sourceTitle: {wire: 'source_title', rule: nonEmptyString, required: 'is required'},
    sourceUrl: {wire: 'source_url', rule: sourceUrl, required: 'is required (must match ^https?://.*$)'},
    sourceUrlPc: {wire: 'source_url_pc', rule: sourceUrl},
    sourceUrlMobile: {wire: 'source_url_mobile', rule: sourceUrl},
    targetId: {wire: 'target_id', rule: nonEmptyString, required: 'is required'},
    targetType: {wire: 'target_type', rule: targetType, required: 'is required (2 / "objective" or 3 / "kr")'},
    progress,
    content: {wire: 'content', text: true, required: 'is required'}
  }
} as const satisfies CallSpec

/** `PUT /open-apis/okr/v1/progress_records/:progress_id` (the SDK's declaration of `progressRecord.update`). */
export const progressRecordUpdateSpec = {
  what: 'progress record update request',
  fields: {
    progressId: {wire: 'progress_id', rule: progressIdRule, required: 'is required'},
    content: {wire: 'content', text: true, required: 'is required (the update replaces the whole content)'},
    progress
  }
} as const satisfies CallSpec

const fieldsOnlySpec = withoutFields(progressRecordCreateSpec, 'content')

const createError = (issues: RequestIssue[]) => new ProgressRecordValidationError(issues)
const updateError = (issues: RequestIssue[]) => new ProgressRecordValidationError(issues, progressRecordUpdateSpec.what)

/**
 * Check the fields of a create request and return them in wire form, without
 * `content`. Throws listing every problem (used before uploading images, so
 * that nothing is uploaded for a request that cannot be sent).
 */
export function progressRecordRequestFields(fields: ProgressRecordFields): Omit<ProgressRecordCreateRequest, 'content'> {
  return buildRequest(fieldsOnlySpec, fields, v1Content(), createError) as Omit<ProgressRecordCreateRequest, 'content'>
}

/**
 * Build the body of `POST /open-apis/okr/v1/progress_records` from a content
 * tree and the other fields, validated as the API document says, with every
 * URL of the tree inside the URL policy (README § Security). Each relative URL is reported
 * through `options` (rule `relative-url`), or refused with `relativeUrls: 'refuse'`.
 *
 * @throws {ProgressRecordValidationError} listing every bad field (`content.…` for the tree).
 */
export function progressRecordFromContent(content: Content, fields: ProgressRecordFields, options?: RequestUrlOptions): ProgressRecordCreateRequest {
  return buildRequest(progressRecordCreateSpec, withContent(fields, content), v1Content(options), createError) as unknown as ProgressRecordCreateRequest
}

/**
 * Convert a Markdown report and build the create request body from it. Losses
 * of the conversion are reported through `options` (`onMessage`, `file`).
 * Images must already be URLs or carry a token: for local images use
 * `progressRecordFromMarkdownAsync` with an uploader.
 */
export function progressRecordFromMarkdown(
  markdown: string,
  fields: ProgressRecordFields,
  options?: MarkdownToContentOptions & RequestUrlOptions
): ProgressRecordCreateRequest {
  progressRecordRequestFields(fields)
  return progressRecordFromContent(markdownToContent(markdown, options), fields, options)
}

/**
 * The SDK payload of `PUT /open-apis/okr/v1/progress_records/:progress_id`
 * (`client.okr.v1.progressRecord.update`): the record's new content and,
 * optionally, its progress rate, checked as create checks them.
 *
 * @throws {ProgressRecordValidationError} listing every bad field.
 */
export function progressRecordUpdate(
  progressId: string,
  content: Content,
  fields: ProgressRecordUpdateFields = {},
  options?: RequestUrlOptions
): ProgressRecordUpdatePayload {
  const input = withContent(fields, content)
  const {progress_id, ...data} = buildRequest(progressRecordUpdateSpec, isObject(input) ? {...input, progressId} : input, v1Content(options), updateError)
  return {path: {progress_id: progress_id as string}, data: data as unknown as ProgressRecordUpdateRequest}
}

/** {@link progressRecordUpdate} from a Markdown report (losses reported through `options`); the fields are checked first. */
export function progressRecordUpdateFromMarkdown(
  progressId: string,
  markdown: string,
  fields: ProgressRecordUpdateFields = {},
  options?: MarkdownToContentOptions & RequestUrlOptions
): ProgressRecordUpdatePayload {
  buildRequest(withoutFields(progressRecordUpdateSpec, 'content'), isObject(fields) ? {...fields, progressId} : fields, v1Content(), updateError)
  return progressRecordUpdate(progressId, markdownToContent(markdown, options), fields, options)
}

/** `DELETE /open-apis/okr/v1/progress_records/:progress_id` (`client.okr.v1.progressRecord.delete`). */
const progressRecordDeleteSpec = {
  what: 'progress record delete request',
  fields: {progressId: progressRecordUpdateSpec.fields.progressId}
} as const satisfies CallSpec

/** The SDK payload of `client.okr.v1.progressRecord.delete` (and `.get`): the record's id, checked. */
export function progressRecordDelete(progressId: string): ProgressRecordIdPayload {
  const {progress_id} = buildRequest(progressRecordDeleteSpec, {progressId}, v1Content(), (issues) => new ProgressRecordValidationError(issues, progressRecordDeleteSpec.what))
  return {path: {progress_id: progress_id as string}}
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function withContent(fields: unknown, content: Content): unknown {
  return isObject(fields) ? {...fields, content} : fields
}

/** `status` as its code: accepts -1/0/1/2 and the names. */
export function progressStatus(value: unknown): ProgressStatus | undefined {
  if (value === -1 || value === 0 || value === 1 || value === 2) return value
  if (typeof value === 'string' && Object.hasOwn(progressStatuses, value)) {
    return progressStatuses[value as ProgressStatusName]
  }
  return undefined
}

function isPercent(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    Math.abs(value) <= maxPercent &&
    Number(value.toFixed(2)) === value
  )
}

/** A copy of the tree for the wire: `person.userId` (only in fetched records) is left out. */
function wireContent(content: Content): Content {
  const copy = structuredClone(content)
  for (const block of copy.blocks) {
    if (block.type !== 'paragraph') continue
    for (const element of block.paragraph.elements) {
      if (element.type === 'person') delete element.person.userId
    }
  }
  return copy
}
