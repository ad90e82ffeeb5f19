import {ContentValidationError, treeIssues, type ValidationIssue, type WireNames, wireNames} from '../model/validate.js'
import type {ContentV2} from './types.js'

/** The field names of the v2 API: v1's rules (`src/model/validate.ts`) apply to them as they are. */
export const v2Names: WireNames = wireNames('v2')

/**
 * Check that `value` is a v2 rich text (the SDK's declared shape, with the
 * fields the format needs present, by the rules of `validateContent`) and
 * return it typed. Unknown fields are left alone.
 *
 * @throws {ContentValidationError} listing every problem with its path
 *   (`blocks[3].paragraph.style.list.indent_level: must be an integer 1..16`).
 */
export function validateContentV2(value: unknown): ContentV2 {
  const issues = contentIssuesV2(value)
  if (issues.length > 0) throw new ContentValidationError(issues)
  return value as ContentV2
}

/** Like {@link validateContentV2}, but returns the problems instead of throwing. */
export function contentIssuesV2(value: unknown): ValidationIssue[] {
  return treeIssues(value, v2Names)
}
