import {RequestValidationError, type RequestIssue} from '../errors.js'
import {markdownToContent, type MarkdownToContentOptions} from '../../markdown/index.js'
import type {Content} from '../../model/types.js'
import {contentIssues, v1Names} from '../../model/validate.js'
import {requestUrlIssues, type RequestUrlOptions} from '../request-urls.js'

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

/** Thrown when a create request breaks a documented rule; `issues` names each field. */
export class ProgressRecordValidationError extends RequestValidationError {
  constructor(issues: RequestIssue[]) {
    super('progress record create request', issues)
    this.name = 'ProgressRecordValidationError'
  }
}

/** The documented pattern of `source_url`, `source_url_pc` and `source_url_mobile`. */
export const sourceUrlPattern = /^https?:\/\/.*$/
/** The documented bound of `progress_rate.percent`. */
export const maxPercent = 99_999_999_999

const percentRule = `must be a number within ±${maxPercent} with at most two decimals`
const statusRule = 'must be -1, 0, 1, 2 or one of "none", "normal", "risk", "delayed"'

/**
 * Check the fields of a create request and return them in wire form, without
 * `content`. Throws listing every problem (used before uploading images, so
 * that nothing is uploaded for a request that cannot be sent).
 */
export function progressRecordRequestFields(fields: ProgressRecordFields): Omit<ProgressRecordCreateRequest, 'content'> {
  const issues: RequestIssue[] = []
  const body = fieldsToWire(fields, issues)
  if (issues.length > 0) throw new ProgressRecordValidationError(issues)
  return body
}

/**
 * Build the body of `POST /open-apis/okr/v1/progress_records` from a content
 * tree and the other fields, validated as the API document says, with every
 * URL of the tree inside the URL policy (README § Security). Each relative
 * URL is reported through `options` (rule `relative-url`), or refused with
 * `relativeUrls: 'refuse'`.
 *
 * @throws {ProgressRecordValidationError} listing every bad field (`content.…` for the tree).
 */
export function progressRecordFromContent(content: Content, fields: ProgressRecordFields, options?: RequestUrlOptions): ProgressRecordCreateRequest {
  const issues: RequestIssue[] = []
  const body = fieldsToWire(fields, issues)
  for (const issue of contentIssues(content)) {
    issues.push({path: issue.path ? `content.${issue.path}` : 'content', message: issue.message})
  }
  if (issues.length === 0) issues.push(...requestUrlIssues(content, v1Names, 'content', 'upload local images with progressRecordFromMarkdownAsync', options))
  if (issues.length > 0) throw new ProgressRecordValidationError(issues)
  return {...body, content: wireContent(content)}
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

function fieldsToWire(fields: ProgressRecordFields, issues: RequestIssue[]): Omit<ProgressRecordCreateRequest, 'content'> {
  const isObject = typeof fields === 'object' && fields !== null
  if (!isObject) issues.push({path: '', message: 'fields must be an object'})
  const input = (isObject ? fields : {}) as Partial<Record<string, unknown>>

  const body = {} as Omit<ProgressRecordCreateRequest, 'content'>
  body.source_title = nonEmptyString(input.sourceTitle, 'source_title', issues)
  body.source_url = sourceUrl(input.sourceUrl, 'source_url', issues, true)!
  const pc = sourceUrl(input.sourceUrlPc, 'source_url_pc', issues, false)
  if (pc !== undefined) body.source_url_pc = pc
  const mobile = sourceUrl(input.sourceUrlMobile, 'source_url_mobile', issues, false)
  if (mobile !== undefined) body.source_url_mobile = mobile
  body.target_id = nonEmptyString(input.targetId, 'target_id', issues)
  if (typeof input.targetId === 'number') {
    issues[issues.length - 1]!.message += ' (ids exceed 2^53: pass them as strings)'
  }
  body.target_type = targetType(input.targetType, issues)

  const progress = input.progress
  if (progress !== undefined) {
    if (typeof progress !== 'object' || progress === null) {
      issues.push({path: 'progress_rate', message: 'must be an object with `percent` and/or `status`'})
    } else {
      const {percent, status} = progress as Record<string, unknown>
      const rate: ProgressRate = {}
      if (percent !== undefined) {
        if (isPercent(percent)) rate.percent = percent
        else issues.push({path: 'progress_rate.percent', message: percentRule})
      }
      if (status !== undefined) {
        const code = progressStatus(status)
        if (code === undefined) issues.push({path: 'progress_rate.status', message: statusRule})
        else rate.status = code
      }
      if (percent !== undefined || status !== undefined) body.progress_rate = rate
    }
  }
  return body
}

function nonEmptyString(value: unknown, path: string, issues: RequestIssue[]): string {
  if (typeof value === 'string' && value.trim() !== '') return value
  issues.push({path, message: value === undefined ? 'is required' : 'must be a non-empty string'})
  return ''
}

function sourceUrl(value: unknown, path: string, issues: RequestIssue[], required: boolean): string | undefined {
  if (value === undefined && !required) return undefined
  if (typeof value === 'string' && sourceUrlPattern.test(value)) return value
  issues.push({path, message: value === undefined ? 'is required (must match ^https?://.*$)' : 'must match ^https?://.*$'})
  return typeof value === 'string' ? value : ''
}

function targetType(value: unknown, issues: RequestIssue[]): TargetType {
  if (value === 2 || value === 3) return value
  if (value === 'objective' || value === 'kr') return targetTypes[value]
  issues.push({
    path: 'target_type',
    message: value === undefined ? 'is required (2 / "objective" or 3 / "kr")' : 'must be 2 / "objective" or 3 / "kr"'
  })
  return 2
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
