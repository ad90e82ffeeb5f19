/**
 * The `data` of the v2 calls that write rich text, built from Markdown or
 * from a v2 tree and checked field by field, as `src/feishu/progress/request.ts`
 * does for v1. The SDK (1.74) names the calls:
 *
 * - objective create: `client.okr.v2.okrCycleObjective.create` (path `cycle_id`);
 * - objective patch: `client.okr.v2.okrObjective.patch` (path `objective_id`);
 * - key result create: `client.okr.v2.okrObjectiveKeyResult.create` (path `objective_id`);
 * - key result patch: `client.okr.v2.okrKeyResult.patch` (path `key_result_id`).
 *
 * The SDK declares every field of `data` optional and types them; the ranges
 * of `weight` come from the SDK's own description of the weight calls (0 to
 * 1, at most three decimals), those of `score` and `deadline` from Lark's
 * OKR entity reference (score 0 to 1, one decimal; deadline in milliseconds
 * since the epoch, as a string).
 */
import {RequestValidationError, type RequestIssue} from '../feishu/errors.js'
import {markdownToContentV2, type MarkdownToContentV2Options} from './convert.js'
import type {ContentV2, ContentV2Input} from './types.js'
import {contentIssuesV2, v2Names} from './validate.js'
import {requestUrlIssues, type RequestUrlOptions} from '../feishu/request-urls.js'

const uploadHint = 'upload local images first: markdownToContentAsync or resolveImages, then contentToV2'

/** `data` of objective create (`okrCycleObjective.create`). */
export interface ObjectiveCreateData {
  content?: ContentV2
  notes?: ContentV2
  deadline?: string
  weight?: number
  category_id?: string
  score?: number
}

/** `data` of objective patch (`okrObjective.patch`): the fields given are changed, the others kept. */
export interface ObjectivePatchData {
  content?: ContentV2
  score?: number
  notes?: ContentV2
  deadline?: string
  category_id?: string
}

/** `data` of key result create (`okrObjectiveKeyResult.create`). */
export interface KeyResultCreateData {
  content?: ContentV2
  deadline?: string
  score?: number
}

/** `data` of key result patch (`okrKeyResult.patch`). */
export interface KeyResultPatchData {
  content?: ContentV2
  score?: number
  deadline?: string
}

/** A deadline: a `Date`, or milliseconds since the epoch (a number, or a string of digits as the API writes it). */
export type Deadline = Date | number | string

/** The fields of objective create, in camelCase; `Text` is a v2 tree or a Markdown string. */
export interface ObjectiveCreateFields<Text> {
  content?: Text | undefined
  notes?: Text | undefined
  deadline?: Deadline | undefined
  /** 0..1, at most three decimals. */
  weight?: number | undefined
  categoryId?: string | undefined
  /** 0..1, at most one decimal. */
  score?: number | undefined
}

/** The fields of objective patch (no `weight`: weights change with `okrCycle.objectivesWeight`). */
export type ObjectivePatchFields<Text> = Omit<ObjectiveCreateFields<Text>, 'weight'>

/** The fields of key result create and patch (a key result has no notes, weight or category here). */
export type KeyResultFields<Text> = Pick<ObjectiveCreateFields<Text>, 'content' | 'deadline' | 'score'>

/** Thrown when a v2 request breaks a rule; `issues` names each wire field (`notes.blocks[0]…`, `score`). */
export class OkrV2RequestValidationError extends RequestValidationError {
  constructor(what: string, issues: RequestIssue[]) {
    super(what, issues)
    this.name = 'OkrV2RequestValidationError'
  }
}

type Field = 'content' | 'notes' | 'deadline' | 'weight' | 'categoryId' | 'score'

/** Each call's fields, in the order of the SDK's declaration. */
const callFields = {
  'objective create request': ['content', 'notes', 'deadline', 'weight', 'categoryId', 'score'],
  'objective patch request': ['content', 'score', 'notes', 'deadline', 'categoryId'],
  'key result create request': ['content', 'deadline', 'score'],
  'key result patch request': ['content', 'score', 'deadline']
} as const satisfies Record<string, readonly Field[]>

type Call = keyof typeof callFields

const wireNames: Record<Field, string> = {
  content: 'content',
  notes: 'notes',
  deadline: 'deadline',
  weight: 'weight',
  categoryId: 'category_id',
  score: 'score'
}

/** Reads one rich text field into a v2 tree, adding its issues under `path`. */
type ReadText = (value: unknown, path: string, issues: RequestIssue[]) => ContentV2 | undefined

/** `data` of objective create from v2 trees. @throws {OkrV2RequestValidationError} */
export function objectiveCreateFromContent(fields: ObjectiveCreateFields<ContentV2Input>, options?: RequestUrlOptions): ObjectiveCreateData {
  return buildData('objective create request', fields, treeReader(options)) as ObjectiveCreateData
}

/** `data` of objective create from Markdown (`content`, `notes`). @throws {OkrV2RequestValidationError} */
export function objectiveCreateFromMarkdown(fields: ObjectiveCreateFields<string>, options?: MarkdownToContentV2Options & RequestUrlOptions): ObjectiveCreateData {
  return buildData('objective create request', fields, markdownReader(options)) as ObjectiveCreateData
}

/** `data` of objective patch from v2 trees. @throws {OkrV2RequestValidationError} */
export function objectivePatchFromContent(fields: ObjectivePatchFields<ContentV2Input>, options?: RequestUrlOptions): ObjectivePatchData {
  return buildData('objective patch request', fields, treeReader(options)) as ObjectivePatchData
}

/** `data` of objective patch from Markdown. @throws {OkrV2RequestValidationError} */
export function objectivePatchFromMarkdown(fields: ObjectivePatchFields<string>, options?: MarkdownToContentV2Options & RequestUrlOptions): ObjectivePatchData {
  return buildData('objective patch request', fields, markdownReader(options)) as ObjectivePatchData
}

/** `data` of key result create from a v2 tree. @throws {OkrV2RequestValidationError} */
export function keyResultCreateFromContent(fields: KeyResultFields<ContentV2Input>, options?: RequestUrlOptions): KeyResultCreateData {
  return buildData('key result create request', fields, treeReader(options)) as KeyResultCreateData
}

/** `data` of key result create from Markdown. @throws {OkrV2RequestValidationError} */
export function keyResultCreateFromMarkdown(fields: KeyResultFields<string>, options?: MarkdownToContentV2Options & RequestUrlOptions): KeyResultCreateData {
  return buildData('key result create request', fields, markdownReader(options)) as KeyResultCreateData
}

/** `data` of key result patch from a v2 tree. @throws {OkrV2RequestValidationError} */
export function keyResultPatchFromContent(fields: KeyResultFields<ContentV2Input>, options?: RequestUrlOptions): KeyResultPatchData {
  return buildData('key result patch request', fields, treeReader(options)) as KeyResultPatchData
}

/** `data` of key result patch from Markdown. @throws {OkrV2RequestValidationError} */
export function keyResultPatchFromMarkdown(fields: KeyResultFields<string>, options?: MarkdownToContentV2Options & RequestUrlOptions): KeyResultPatchData {
  return buildData('key result patch request', fields, markdownReader(options)) as KeyResultPatchData
}

function buildData(call: Call, fields: unknown, readText: ReadText): Record<string, unknown> {
  const issues: RequestIssue[] = []
  const isObject = typeof fields === 'object' && fields !== null && !Array.isArray(fields)
  if (!isObject) issues.push({path: '', message: 'fields must be an object'})
  const input = (isObject ? fields : {}) as Record<string, unknown>
  const allowed: readonly Field[] = callFields[call]
  for (const key of Object.keys(input)) {
    if (input[key] !== undefined && !allowed.includes(key as Field)) {
      issues.push({path: key, message: `is not a field of the ${call} (it takes ${allowed.join(', ')})`})
    }
  }
  const data: Record<string, unknown> = {}
  for (const field of allowed) {
    const value = input[field]
    if (value === undefined) continue
    const path = wireNames[field]
    const wire = field === 'content' || field === 'notes' ? readText(value, path, issues) : readScalar(field, value, path, issues)
    if (wire !== undefined) data[path] = wire
  }
  if (issues.length > 0) throw new OkrV2RequestValidationError(call, issues)
  return data
}

function readScalar(field: Exclude<Field, 'content' | 'notes'>, value: unknown, path: string, issues: RequestIssue[]): string | number | undefined {
  if (field === 'deadline') {
    const millis = deadlineMillis(value)
    if (millis === undefined) issues.push({path, message: 'must be a Date, or milliseconds since the epoch (a non-negative integer, or a string of digits)'})
    return millis
  }
  if (field === 'categoryId') {
    if (typeof value === 'string' && value.trim() !== '') return value
    issues.push({path, message: 'must be a non-empty string'})
    return undefined
  }
  const decimals = field === 'weight' ? 3 : 1
  if (isFractionIn01(value, decimals)) return value
  issues.push({path, message: `must be a number 0..1 with at most ${decimals === 1 ? 'one decimal' : 'three decimals'}`})
  return undefined
}

function deadlineMillis(value: unknown): string | undefined {
  const millis = value instanceof Date ? value.getTime() : value
  if (typeof millis === 'number') return Number.isSafeInteger(millis) && millis >= 0 ? String(millis) : undefined
  return typeof millis === 'string' && /^\d{1,16}$/.test(millis) ? millis : undefined
}

/** A number 0..1 with at most `decimals` decimals (more are rejected, not rounded). */
function isFractionIn01(value: unknown, decimals: number): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1 && Number(value.toFixed(decimals)) === value
}

function treeReader(options: RequestUrlOptions | undefined): ReadText {
  return (value, path, issues) => {
    const found = contentIssuesV2(value)
    for (const issue of found) issues.push({path: issue.path ? `${path}.${issue.path}` : path, message: issue.message})
    if (found.length > 0) return undefined
    const content = value as ContentV2
    issues.push(...requestUrlIssues(content, v2Names, path, uploadHint, options))
    return content
  }
}

function markdownReader(options: (MarkdownToContentV2Options & RequestUrlOptions) | undefined): ReadText {
  return (value, path, issues) => {
    if (typeof value !== 'string') {
      issues.push({path, message: 'must be a Markdown string'})
      return undefined
    }
    const content = markdownToContentV2(value, options)
    issues.push(...requestUrlIssues(content, v2Names, path, uploadHint, options))
    return content
  }
}
