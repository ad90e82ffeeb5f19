/**
 * One implementation of request building, for every call v1 and v2 make
 * (`progress/request.ts`, `v2/request.ts`): a call is a spec, its fields in
 * wire order, each with its wire name and one rule that checks a value and
 * returns its wire form. `buildRequest` reads a caller's camelCase fields by
 * the spec; `wireRequestIssues` checks a body already in wire form (what the
 * offline server, `okr-content/testing`, receives) by the same rules.
 */
import type {RequestIssue} from './errors.js'

/** Checks one value, adding its issues under `path`; returns its wire form (`undefined`: left out). */
export type FieldRule = (value: unknown, path: string, issues: RequestIssue[]) => unknown

/** One field of a call: its wire name, and its rule (`text`: a rich text, read by the caller's text rule). */
export interface FieldSpec {
  wire: string
  rule?: FieldRule | undefined
  /** A rich text field: read by the text rule given to `buildRequest`. */
  text?: true | undefined
  /** When the field is required: the message of its absence. */
  required?: string | undefined
}

/** A call: what it is called in errors, its fields in wire order, and whether other keys are refused. */
export interface CallSpec {
  what: string
  fields: Readonly<Record<string, FieldSpec>>
  /** Refuse keys the call does not take (v2: every field is optional, so a misspelt one would vanish). */
  closed?: boolean | undefined
}

/**
 * Read `fields` by `spec` into the call's wire body; `text` reads the rich
 * text fields. Collects every issue, then throws `toError(issues)`.
 */
export function buildRequest(spec: CallSpec, fields: unknown, text: FieldRule, toError: (issues: RequestIssue[]) => Error): Record<string, unknown> {
  const issues: RequestIssue[] = []
  const isObject = typeof fields === 'object' && fields !== null && !Array.isArray(fields)
  if (!isObject) issues.push({path: '', message: 'fields must be an object'})
  const input = (isObject ? fields : {}) as Record<string, unknown>
  if (spec.closed) {
    const names = Object.keys(spec.fields)
    for (const key of Object.keys(input)) {
      if (input[key] !== undefined && !Object.hasOwn(spec.fields, key)) {
        issues.push({path: key, message: `is not a field of the ${spec.what} (it takes ${names.join(', ')})`})
      }
    }
  }
  const body: Record<string, unknown> = {}
  for (const [name, field] of Object.entries(spec.fields)) {
    const value = input[name]
    if (value === undefined) {
      if (field.required !== undefined) issues.push({path: field.wire, message: field.required})
      continue
    }
    const wire = (field.text ? text : field.rule!)(value, field.wire, issues)
    if (wire !== undefined) body[field.wire] = wire
  }
  if (issues.length > 0) throw toError(issues)
  return body
}

/**
 * The issues of a body in wire form, by the same rules: a field must pass its
 * rule and already be in the form the rule writes (`target_type: "kr"` is
 * the builder's input, not the API's). Keys the call does not declare are
 * ignored, as the API ignores them.
 */
export function wireRequestIssues(spec: CallSpec, body: unknown, text: FieldRule): RequestIssue[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [{path: '', message: 'the body must be a JSON object'}]
  const issues: RequestIssue[] = []
  for (const field of Object.values(spec.fields)) {
    const value = (body as Record<string, unknown>)[field.wire]
    if (value === undefined) {
      if (field.required !== undefined) issues.push({path: field.wire, message: field.required})
      continue
    }
    const before = issues.length
    const wire = (field.text ? text : field.rule!)(value, field.wire, issues)
    if (issues.length === before && !field.text && !sameJson(wire, value)) {
      issues.push({path: field.wire, message: `must be in the API's form (${JSON.stringify(wire)})`})
    }
  }
  return issues
}

/** `spec` without some of its fields (to check the others before the text is read). */
export function withoutFields(spec: CallSpec, ...names: string[]): CallSpec {
  return {...spec, fields: Object.fromEntries(Object.entries(spec.fields).filter(([name]) => !names.includes(name)))}
}

/** A non-empty string (ids exceed 2^53: a number is refused with that hint). */
export const nonEmptyString: FieldRule = (value, path, issues) => {
  if (typeof value === 'string' && value.trim() !== '') return value
  issues.push({path, message: `must be a non-empty string${typeof value === 'number' ? ' (ids exceed 2^53: pass them as strings)' : ''}`})
  return undefined
}

/** Whether two JSON values are equal (objects whatever their key order). */
function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b)
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}
