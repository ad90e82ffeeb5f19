import {elements, listKindNames, markRows, type Wire} from './format.js'
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

/** The deepest `indentLevel` the format allows: readers clamp deeper nesting to it (rule `list-depth`). */
export const maxIndentLevel = 16

/** The largest list `number` Markdown can write (CommonMark allows 9 digits). */
export const maxListNumber = 999_999_999

/**
 * The names a wire shape gives the fields of the tree: the v1 API's camelCase
 * ({@link v1Names}) or the v2 API's snake_case (`src/v2/validate.ts`), both
 * read from the format table (`model/format.ts`). One set of rules checks
 * both; only the names differ.
 */
export interface WireNames {
  wire: Wire
  /** The keys of a block's kind, a list's kind and level, an element's kind (`type`, `type`, `indentLevel`, `type`). */
  blockType: string
  listType: string
  indentLevel: string
  elementType: string
  /** The payload keys of a text run and a document link (their kinds are `textRun` and `docsLink` in every shape). */
  textRun: string
  docsLink: string
  /** The kind of a mention, also the key of its payload (`person`). */
  mention: string
  /** The ID a mention must have (`openId`), and the other IDs it may have (`userId`). */
  mentionId: string
  mentionOtherIds: readonly string[]
  /** The images of a gallery (`imageList`) and an image's token (`fileToken`). */
  imageList: string
  fileToken: string
}

/** The field names of a wire shape, from the format table. */
export function wireNames(wire: Wire): WireNames {
  const v2 = wire === 'v2'
  return {
    wire,
    blockType: v2 ? 'block_element_type' : 'type',
    listType: v2 ? 'list_type' : 'type',
    indentLevel: v2 ? 'indent_level' : 'indentLevel',
    elementType: v2 ? 'paragraph_element_type' : 'type',
    textRun: elements.textRun[wire].key,
    docsLink: elements.docsLink[wire].key,
    mention: elements.person[wire].key,
    mentionId: elements.person[wire].id,
    mentionOtherIds: elements.person[wire].otherIds,
    imageList: elements.image[wire].list,
    fileToken: elements.image[wire].fileToken
  }
}

/** The field names of the v1 API (`Content`). */
export const v1Names: WireNames = wireNames('v1')

const blockTypes = new Set(['paragraph', 'gallery'])
const listTypes = new Set<string>(listKindNames)

type Check = (value: unknown, path: string, issues: ValidationIssue[], names: WireNames) => void

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
  return treeIssues(value, v1Names)
}

/** The problems of `value` as a tree whose fields have the given names. */
export function treeIssues(value: unknown, names: WireNames): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  if (!isRecord(value)) {
    issues.push({path: '', message: 'must be an object with a `blocks` array'})
    return issues
  }
  eachOf(value.blocks, 'blocks', issues, names, checkBlock)
  return issues
}

const checkBlock: Check = (block, path, issues, names) => {
  if (!isRecord(block)) return fail(issues, path, 'must be an object')
  const type = block[names.blockType]
  if (!blockTypes.has(type as string)) {
    return fail(issues, `${path}.${names.blockType}`, 'must be "paragraph" or "gallery"')
  }
  if (type === 'paragraph') required(block, 'paragraph', path, issues, names, checkParagraph)
  else required(block, 'gallery', path, issues, names, checkGallery)
}

const checkParagraph: Check = (paragraph, path, issues, names) => {
  if (!isRecord(paragraph)) return fail(issues, path, 'must be an object')
  optional(paragraph, 'style', path, issues, names, checkParagraphStyle)
  eachOf(paragraph.elements, `${path}.elements`, issues, names, checkElement)
}

const checkParagraphStyle: Check = (style, path, issues, names) => {
  if (!isRecord(style)) return fail(issues, path, 'must be an object')
  optional(style, 'list', path, issues, names, checkList)
}

const checkList: Check = (list, path, issues, names) => {
  if (!isRecord(list)) return fail(issues, path, 'must be an object')
  if (!listTypes.has(list[names.listType] as string)) {
    fail(issues, `${path}.${names.listType}`, `must be one of ${listKindNames.map((kind) => JSON.stringify(kind)).join(', ')}`)
  }
  if (!isIntegerIn(list[names.indentLevel], 1, maxIndentLevel)) fail(issues, `${path}.${names.indentLevel}`, `must be an integer 1..${maxIndentLevel}`)
  if (list.number !== undefined && !isIntegerIn(list.number, 0, maxListNumber)) {
    fail(issues, `${path}.number`, `must be an integer 0..${maxListNumber}`)
  }
}

const checkElement: Check = (element, path, issues, names) => {
  if (!isRecord(element)) return fail(issues, path, 'must be an object')
  const type = element[names.elementType]
  if (type === 'textRun') required(element, names.textRun, path, issues, names, checkTextRun)
  else if (type === 'docsLink') required(element, names.docsLink, path, issues, names, checkDocsLink)
  else if (type === names.mention) required(element, names.mention, path, issues, names, checkMention)
  else fail(issues, `${path}.${names.elementType}`, `must be "textRun", "docsLink" or "${names.mention}"`)
}

const checkTextRun: Check = (run, path, issues, names) => {
  if (!isRecord(run)) return fail(issues, path, 'must be an object')
  if (typeof run.text !== 'string') fail(issues, `${path}.text`, 'must be a string')
  optional(run, 'style', path, issues, names, checkTextStyle)
}

/** A style: each mark of the format table under its wire name, checked by the kind of value it holds. */
const checkTextStyle: Check = (style, path, issues, names) => {
  if (!isRecord(style)) return fail(issues, path, 'must be an object')
  for (const row of markRows) {
    const key = row[names.wire]
    const value = style[key]
    if (value === undefined) continue
    if (row.value === 'flag') {
      if (typeof value !== 'boolean') fail(issues, `${path}.${key}`, 'must be a boolean')
    } else if (row.value === 'color') checkColor(value, `${path}.${key}`, issues, names)
    else if (!isRecord(value)) fail(issues, `${path}.${key}`, 'must be an object')
    else if (typeof value.url !== 'string') fail(issues, `${path}.${key}.url`, 'must be a string')
  }
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

const checkMention: Check = (mention, path, issues, names) => {
  if (!isRecord(mention)) return fail(issues, path, 'must be an object')
  const id = mention[names.mentionId]
  if (typeof id !== 'string' || id === '') fail(issues, `${path}.${names.mentionId}`, 'must be a non-empty string')
  for (const key of names.mentionOtherIds) {
    if (mention[key] !== undefined && typeof mention[key] !== 'string') fail(issues, `${path}.${key}`, 'must be a string')
  }
}

const checkGallery: Check = (gallery, path, issues, names) => {
  if (!isRecord(gallery)) return fail(issues, path, 'must be an object')
  eachOf(gallery[names.imageList], `${path}.${names.imageList}`, issues, names, checkImage)
}

const checkImage: Check = (image, path, issues, names) => {
  if (!isRecord(image)) return fail(issues, path, 'must be an object')
  for (const key of [names.fileToken, 'src']) {
    if (image[key] !== undefined && typeof image[key] !== 'string') fail(issues, `${path}.${key}`, 'must be a string')
  }
  if (!image[names.fileToken] && !image.src) fail(issues, path, `must have a \`${names.fileToken}\` or a \`src\``)
  for (const key of ['width', 'height'] as const) {
    if (image[key] !== undefined && !isNumberIn(image[key], Number.MIN_VALUE, Number.MAX_VALUE)) {
      fail(issues, `${path}.${key}`, 'must be a positive number')
    }
  }
}

function required(parent: Record<string, unknown>, key: string, path: string, issues: ValidationIssue[], names: WireNames, check: Check) {
  if (parent[key] === undefined) fail(issues, `${path}.${key}`, 'is required')
  else check(parent[key], `${path}.${key}`, issues, names)
}

function optional(parent: Record<string, unknown>, key: string, path: string, issues: ValidationIssue[], names: WireNames, check: Check) {
  if (parent[key] !== undefined) check(parent[key], `${path}.${key}`, issues, names)
}

function eachOf(list: unknown, path: string, issues: ValidationIssue[], names: WireNames, check: Check) {
  if (!Array.isArray(list)) return fail(issues, path, 'must be an array')
  for (let index = 0; index < list.length; index++) check(list[index], `${path}[${index}]`, issues, names)
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
