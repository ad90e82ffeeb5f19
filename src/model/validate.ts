import type {Content} from './types.js'

/** One problem found by {@link validateContent}. */
export interface ValidationIssue {
  /** Where the problem is, e.g. `blocks[3].paragraph.style.list.indentLevel`. */
  path: string
  /** What rule the value breaks, e.g. `must be an integer 1..16`. */
  message: string
}

/** Thrown by {@link validateContent}; `issues` lists every problem found. */
export class ContentValidationError extends TypeError {
  readonly issues: ValidationIssue[]

  constructor(issues: ValidationIssue[]) {
    const shown = issues.slice(0, 10).map((issue) => `${issue.path}: ${issue.message}`)
    if (issues.length > shown.length) shown.push(`… and ${issues.length - shown.length} more`)
    super(`Invalid content_block tree:\n  ${shown.join('\n  ')}`)
    this.name = 'ContentValidationError'
    this.issues = issues
  }
}

/** The largest list `number` Markdown can write (CommonMark allows 9 digits). */
export const maxListNumber = 999_999_999

const blockTypes = new Set(['paragraph', 'gallery'])
const listTypes = new Set(['number', 'bullet', 'checkBox', 'checkedBox', 'indent'])
const elementTypes = new Set(['textRun', 'docsLink', 'person'])

type Check = (value: unknown, path: string, issues: ValidationIssue[]) => void

/**
 * Check that `value` is a `content_block` tree as the Feishu documents define
 * it, and return it typed. Unknown fields are left alone (forward compatible);
 * known fields must have the documented types and ranges.
 *
 * @throws {ContentValidationError} listing every problem with its path.
 */
export function validateContent(value: unknown): Content {
  const issues = contentIssues(value)
  if (issues.length > 0) throw new ContentValidationError(issues)
  return value as Content
}

/** Like {@link validateContent}, but returns the problems instead of throwing. */
export function contentIssues(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  if (!isRecord(value)) {
    issues.push({path: '', message: 'must be an object with a `blocks` array'})
    return issues
  }
  eachOf(value.blocks, 'blocks', issues, checkBlock)
  return issues
}

const checkBlock: Check = (block, path, issues) => {
  if (!isRecord(block)) return fail(issues, path, 'must be an object')
  if (!blockTypes.has(block.type as string)) {
    return fail(issues, `${path}.type`, 'must be "paragraph" or "gallery"')
  }
  if (block.type === 'paragraph') required(block, 'paragraph', path, issues, checkParagraph)
  else required(block, 'gallery', path, issues, checkGallery)
}

const checkParagraph: Check = (paragraph, path, issues) => {
  if (!isRecord(paragraph)) return fail(issues, path, 'must be an object')
  optional(paragraph, 'style', path, issues, checkParagraphStyle)
  eachOf(paragraph.elements, `${path}.elements`, issues, checkElement)
}

const checkParagraphStyle: Check = (style, path, issues) => {
  if (!isRecord(style)) return fail(issues, path, 'must be an object')
  optional(style, 'list', path, issues, checkList)
}

const checkList: Check = (list, path, issues) => {
  if (!isRecord(list)) return fail(issues, path, 'must be an object')
  if (!listTypes.has(list.type as string)) {
    fail(issues, `${path}.type`, 'must be one of "number", "bullet", "checkBox", "checkedBox", "indent"')
  }
  if (!isIntegerIn(list.indentLevel, 1, 16)) fail(issues, `${path}.indentLevel`, 'must be an integer 1..16')
  if (list.number !== undefined && !isIntegerIn(list.number, 0, maxListNumber)) {
    fail(issues, `${path}.number`, `must be an integer 0..${maxListNumber}`)
  }
}

const checkElement: Check = (element, path, issues) => {
  if (!isRecord(element)) return fail(issues, path, 'must be an object')
  if (!elementTypes.has(element.type as string)) {
    return fail(issues, `${path}.type`, 'must be "textRun", "docsLink" or "person"')
  }
  if (element.type === 'textRun') required(element, 'textRun', path, issues, checkTextRun)
  else if (element.type === 'docsLink') required(element, 'docsLink', path, issues, checkDocsLink)
  else required(element, 'person', path, issues, checkPerson)
}

const checkTextRun: Check = (run, path, issues) => {
  if (!isRecord(run)) return fail(issues, path, 'must be an object')
  if (typeof run.text !== 'string') fail(issues, `${path}.text`, 'must be a string')
  optional(run, 'style', path, issues, checkTextStyle)
}

const checkTextStyle: Check = (style, path, issues) => {
  if (!isRecord(style)) return fail(issues, path, 'must be an object')
  for (const flag of ['bold', 'strikeThrough'] as const) {
    if (style[flag] !== undefined && typeof style[flag] !== 'boolean') {
      fail(issues, `${path}.${flag}`, 'must be a boolean')
    }
  }
  optional(style, 'textColor', path, issues, checkColor)
  optional(style, 'backColor', path, issues, checkColor)
  optional(style, 'link', path, issues, (link, linkPath) => {
    if (!isRecord(link)) return fail(issues, linkPath, 'must be an object')
    if (typeof link.url !== 'string') fail(issues, `${linkPath}.url`, 'must be a string')
  })
}

const checkColor: Check = (color, path, issues) => {
  if (!isRecord(color)) return fail(issues, path, 'must be an object')
  for (const channel of ['red', 'green', 'blue'] as const) {
    if (!isIntegerIn(color[channel], 0, 255)) fail(issues, `${path}.${channel}`, 'must be an integer 0..255')
  }
  if (color.alpha !== undefined && !isNumberIn(color.alpha, 0, 1)) {
    fail(issues, `${path}.alpha`, 'must be a number 0..1')
  }
}

const checkDocsLink: Check = (docsLink, path, issues) => {
  if (!isRecord(docsLink)) return fail(issues, path, 'must be an object')
  if (typeof docsLink.url !== 'string') fail(issues, `${path}.url`, 'must be a string')
  if (docsLink.title !== undefined && typeof docsLink.title !== 'string') {
    fail(issues, `${path}.title`, 'must be a string')
  }
}

const checkPerson: Check = (person, path, issues) => {
  if (!isRecord(person)) return fail(issues, path, 'must be an object')
  if (typeof person.openId !== 'string' || person.openId === '') {
    fail(issues, `${path}.openId`, 'must be a non-empty string')
  }
  if (person.userId !== undefined && typeof person.userId !== 'string') {
    fail(issues, `${path}.userId`, 'must be a string')
  }
}

const checkGallery: Check = (gallery, path, issues) => {
  if (!isRecord(gallery)) return fail(issues, path, 'must be an object')
  eachOf(gallery.imageList, `${path}.imageList`, issues, checkImage)
}

const checkImage: Check = (image, path, issues) => {
  if (!isRecord(image)) return fail(issues, path, 'must be an object')
  for (const key of ['fileToken', 'src'] as const) {
    if (image[key] !== undefined && typeof image[key] !== 'string') fail(issues, `${path}.${key}`, 'must be a string')
  }
  if (!image.fileToken && !image.src) fail(issues, path, 'must have a `fileToken` or a `src`')
  for (const key of ['width', 'height'] as const) {
    if (image[key] !== undefined && !isNumberIn(image[key], Number.MIN_VALUE, Number.MAX_VALUE)) {
      fail(issues, `${path}.${key}`, 'must be a positive number')
    }
  }
}

function required(parent: Record<string, unknown>, key: string, path: string, issues: ValidationIssue[], check: Check) {
  if (parent[key] === undefined) fail(issues, `${path}.${key}`, 'is required')
  else check(parent[key], `${path}.${key}`, issues)
}

function optional(parent: Record<string, unknown>, key: string, path: string, issues: ValidationIssue[], check: Check) {
  if (parent[key] !== undefined) check(parent[key], `${path}.${key}`, issues)
}

function eachOf(list: unknown, path: string, issues: ValidationIssue[], check: Check) {
  if (!Array.isArray(list)) return fail(issues, path, 'must be an array')
  for (let index = 0; index < list.length; index++) check(list[index], `${path}[${index}]`, issues)
}

function fail(issues: ValidationIssue[], path: string, message: string) {
  issues.push({path, message})
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isIntegerIn(value: unknown, min: number, max: number): boolean {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
}

function isNumberIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
}
