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
import {v2Names} from './validate.js'
import {requestUrlIssues, treeRule, type RequestUrlOptions} from '../feishu/request-urls.js'
import {buildRequest, type CallSpec, type FieldRule, type FieldSpec, nonEmptyString} from '../feishu/request-fields.js'

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

const deadline: FieldRule = (value, path, issues) => {
  const millis = deadlineMillis(value)
  if (millis === undefined) issues.push({path, message: 'must be a Date, or milliseconds since the epoch (a non-negative integer, or a string of digits)'})
  return millis
}

/** A number 0..1 with at most `decimals` decimals (more are rejected, not rounded). */
function fraction(decimals: 1 | 3): FieldRule {
  return (value, path, issues) => {
    if (typeof value === 'number' && value >= 0 && value <= 1 && Number(value.toFixed(decimals)) === value) return value
    issues.push({path, message: `must be a number 0..1 with at most ${decimals === 1 ? 'one decimal' : 'three decimals'}`})
    return undefined
  }
}

const field = {
  content: {wire: 'content', text: true},
  notes: {wire: 'notes', text: true},
  deadline: {wire: 'deadline', rule: deadline},
  weight: {wire: 'weight', rule: fraction(3)},
  categoryId: {wire: 'category_id', rule: nonEmptyString},
  score: {wire: 'score', rule: fraction(1)}
} as const satisfies Record<string, FieldSpec>

/** Each call's fields, in the order of the SDK's declaration. */
const calls = {
  objectiveCreate: {what: 'objective create request', closed: true, fields: pick('content', 'notes', 'deadline', 'weight', 'categoryId', 'score')},
  objectivePatch: {what: 'objective patch request', closed: true, fields: pick('content', 'score', 'notes', 'deadline', 'categoryId')},
  keyResultCreate: {what: 'key result create request', closed: true, fields: pick('content', 'deadline', 'score')},
  keyResultPatch: {what: 'key result patch request', closed: true, fields: pick('content', 'score', 'deadline')}
} as const satisfies Record<string, CallSpec>

function pick(...names: Array<keyof typeof field>): Record<string, FieldSpec> {
  return Object.fromEntries(names.map((name) => [name, field[name]]))
}

/** `data` of objective create from v2 trees. @throws {OkrV2RequestValidationError} */
export function objectiveCreateFromContent(fields: ObjectiveCreateFields<ContentV2Input>, options?: RequestUrlOptions): ObjectiveCreateData {
  return buildData('objectiveCreate', fields, treeRule(v2Names, uploadHint, undefined, options)) as ObjectiveCreateData
}

/** `data` of objective create from Markdown (`content`, `notes`). @throws {OkrV2RequestValidationError} */
export function objectiveCreateFromMarkdown(fields: ObjectiveCreateFields<string>, options?: MarkdownToContentV2Options & RequestUrlOptions): ObjectiveCreateData {
  return buildData('objectiveCreate', fields, markdownReader(options)) as ObjectiveCreateData
}

/** `data` of objective patch from v2 trees. @throws {OkrV2RequestValidationError} */
export function objectivePatchFromContent(fields: ObjectivePatchFields<ContentV2Input>, options?: RequestUrlOptions): ObjectivePatchData {
  return buildData('objectivePatch', fields, treeRule(v2Names, uploadHint, undefined, options)) as ObjectivePatchData
}

/** `data` of objective patch from Markdown. @throws {OkrV2RequestValidationError} */
export function objectivePatchFromMarkdown(fields: ObjectivePatchFields<string>, options?: MarkdownToContentV2Options & RequestUrlOptions): ObjectivePatchData {
  return buildData('objectivePatch', fields, markdownReader(options)) as ObjectivePatchData
}

/** `data` of key result create from a v2 tree. @throws {OkrV2RequestValidationError} */
export function keyResultCreateFromContent(fields: KeyResultFields<ContentV2Input>, options?: RequestUrlOptions): KeyResultCreateData {
  return buildData('keyResultCreate', fields, treeRule(v2Names, uploadHint, undefined, options)) as KeyResultCreateData
}

/** `data` of key result create from Markdown. @throws {OkrV2RequestValidationError} */
export function keyResultCreateFromMarkdown(fields: KeyResultFields<string>, options?: MarkdownToContentV2Options & RequestUrlOptions): KeyResultCreateData {
  return buildData('keyResultCreate', fields, markdownReader(options)) as KeyResultCreateData
}

/** `data` of key result patch from a v2 tree. @throws {OkrV2RequestValidationError} */
export function keyResultPatchFromContent(fields: KeyResultFields<ContentV2Input>, options?: RequestUrlOptions): KeyResultPatchData {
  return buildData('keyResultPatch', fields, treeRule(v2Names, uploadHint, undefined, options)) as KeyResultPatchData
}

/** `data` of key result patch from Markdown. @throws {OkrV2RequestValidationError} */
export function keyResultPatchFromMarkdown(fields: KeyResultFields<string>, options?: MarkdownToContentV2Options & RequestUrlOptions): KeyResultPatchData {
  return buildData('keyResultPatch', fields, markdownReader(options)) as KeyResultPatchData
}

function buildData(call: keyof typeof calls, fields: unknown, readText: FieldRule): Record<string, unknown> {
  const spec = calls[call]
  return buildRequest(spec, fields, readText, (issues) => new OkrV2RequestValidationError(spec.what, issues))
}

function deadlineMillis(value: unknown): string | undefined {
  const millis = value instanceof Date ? value.getTime() : value
  if (typeof millis === 'number') return Number.isSafeInteger(millis) && millis >= 0 ? String(millis) : undefined
  return typeof millis === 'string' && /^\d{1,16}$/.test(millis) ? millis : undefined
}

function markdownReader(options: (MarkdownToContentV2Options & RequestUrlOptions) | undefined): FieldRule {
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
