/**
 * v1 `Content` ⇄ v2 `ContentV2`: the same tree under other names (README §
 * OKR v2 has the table). Every field both shapes hold is carried over as it
 * is, present or absent, so that v1 → v2 → v1 and v2 → v1 → v2 give back the
 * tree. The one difference is the mention: v1's person holds an `openId`
 * (and, in fetched records, a `userId`); v2's mention holds one `user_id` of
 * the type the request's `user_id_type` names. What cannot cross is dropped
 * and reported (rules `mention-id-type`, `mention-second-id`), never guessed.
 */
import {createReporter, type MessageOptions, type Report} from '../messages.js'
import type {Block, Color, Content, Element, Image, Paragraph, Person, TextStyle} from '../model/types.js'
import {markRows, type Wire} from '../model/format.js'
import {validateContent} from '../model/validate.js'
import type {BlockV2, ContentV2, ContentV2Input, ElementV2, ImageV2, MentionV2, ParagraphV2, TextStyleV2, UserIdType} from './types.js'
import {validateContentV2} from './validate.js'

export interface AdapterOptions extends MessageOptions {
  /**
   * The type of the IDs in v2 mentions: the `user_id_type` of the request the
   * tree goes to or came from. Default `'open_id'`, the API's default.
   */
  userIdType?: UserIdType | undefined
}

/** The values of `userIdType`. */
export const userIdTypes: readonly UserIdType[] = ['open_id', 'union_id', 'user_id']

/** How mentions cross, and where what cannot cross is reported. */
export interface Crossing {
  userIdType: UserIdType
  report: Report
}

/**
 * A v1 tree in the v2 shape. A person becomes a mention by the ID of the type
 * `userIdType` names: its `openId` for `'open_id'`, its `userId` (fetched
 * records have one) for `'user_id'`; a person without such an ID is dropped,
 * and an ID left behind is reported.
 *
 * @throws {ContentValidationError} when `content` is not a valid v1 tree (v1 paths).
 */
export function contentToV2(content: Content, options: AdapterOptions = {}): ContentV2 {
  return toV2(validateContent(content), crossingOf(options))
}

/**
 * A v2 tree (an SDK response's `content` or `notes` as it is) in the v1
 * shape. A mention becomes a person only when its ID is an open ID
 * (`userIdType` `'open_id'`, the default): a v1 person needs one.
 *
 * @throws {ContentValidationError} when `content` is not a valid v2 tree (v2 paths).
 */
export function contentFromV2(content: ContentV2Input, options: AdapterOptions = {}): Content {
  return fromV2(validateContentV2(content), crossingOf(options))
}

/** The crossing the options describe. @throws {TypeError} for an unknown `userIdType`. */
function crossingOf(options: AdapterOptions): Crossing {
  const userIdType = options.userIdType ?? 'open_id'
  if (!userIdTypes.includes(userIdType)) {
    throw new TypeError(`userIdType: must be "open_id", "union_id" or "user_id" (got ${JSON.stringify(userIdType)})`)
  }
  return {userIdType, report: createReporter(options)}
}

/** {@link contentToV2} on a tree known to be valid. */
export function toV2(content: Content, crossing: Crossing): ContentV2 {
  return {
    blocks: content.blocks.map((block, index): BlockV2 =>
      block.type === 'gallery'
        ? {block_element_type: 'gallery', gallery: {images: block.gallery.imageList.map(imageToV2)}}
        : {block_element_type: 'paragraph', paragraph: paragraphToV2(block.paragraph, index, crossing)}
    )
  }
}

/** {@link contentFromV2} on a tree known to be valid. */
export function fromV2(content: ContentV2, crossing: Crossing): Content {
  return {
    blocks: content.blocks.map((block, index): Block =>
      block.block_element_type === 'gallery'
        ? {type: 'gallery', gallery: {imageList: block.gallery.images.map(imageFromV2)}}
        : {type: 'paragraph', paragraph: paragraphFromV2(block.paragraph, index, crossing)}
    )
  }
}

function paragraphToV2(paragraph: Paragraph, block: number, crossing: Crossing): ParagraphV2 {
  const elements: ElementV2[] = []
  paragraph.elements.forEach((element, index) => {
    if (element.type === 'textRun') {
      const {text, style} = element.textRun
      elements.push({paragraph_element_type: 'textRun', text_run: style === undefined ? {text} : {text, style: styleToV2(style)}})
    } else if (element.type === 'docsLink') {
      elements.push({paragraph_element_type: 'docsLink', docs_link: copyDocsLink(element.docsLink)})
    } else {
      const mention = mentionToV2(element.person, `blocks[${block}].paragraph.elements[${index}]`, crossing)
      if (mention) elements.push({paragraph_element_type: 'mention', mention})
    }
  })
  const list = paragraph.style?.list
  if (!paragraph.style) return {elements}
  if (!list) return {style: {}, elements}
  const {type, indentLevel, number} = list
  return {style: {list: number === undefined ? {list_type: type, indent_level: indentLevel} : {list_type: type, indent_level: indentLevel, number}}, elements}
}

function paragraphFromV2(paragraph: ParagraphV2, block: number, crossing: Crossing): Paragraph {
  const elements: Element[] = []
  paragraph.elements.forEach((element, index) => {
    if (element.paragraph_element_type === 'textRun') {
      const {text, style} = element.text_run
      elements.push({type: 'textRun', textRun: style === undefined ? {text} : {text, style: styleFromV2(style)}})
    } else if (element.paragraph_element_type === 'docsLink') {
      elements.push({type: 'docsLink', docsLink: copyDocsLink(element.docs_link)})
    } else {
      const person = mentionFromV2(element.mention, `blocks[${block}].paragraph.elements[${index}]`, crossing)
      if (person) elements.push({type: 'person', person})
    }
  })
  const list = paragraph.style?.list
  if (!paragraph.style) return {elements}
  if (!list) return {style: {}, elements}
  const {list_type: type, indent_level: indentLevel, number} = list
  return {style: {list: number === undefined ? {type, indentLevel} : {type, indentLevel, number}}, elements}
}

function mentionToV2(person: Person, path: string, {userIdType, report}: Crossing): MentionV2 | undefined {
  if (userIdType === 'open_id') {
    if (person.userId) report('mention-second-id', undefined, `${path}: userId ${JSON.stringify(person.userId)}`)
    return {user_id: person.openId}
  }
  if (userIdType === 'user_id' && person.userId) {
    report('mention-second-id', undefined, `${path}: openId ${JSON.stringify(person.openId)}`)
    return {user_id: person.userId}
  }
  report('mention-id-type', undefined, `${path}: the person has no ${userIdType} (openId ${JSON.stringify(person.openId)})`)
  return undefined
}

function mentionFromV2(mention: MentionV2, path: string, {userIdType, report}: Crossing): Person | undefined {
  if (userIdType === 'open_id') return {openId: mention.user_id}
  report('mention-id-type', undefined, `${path}: user_id ${JSON.stringify(mention.user_id)} is a ${userIdType}, not an open_id`)
  return undefined
}

/** A style under the other shape's names: each mark of the format table carried over as it is, present or absent. */
function styleToV2(style: TextStyle): TextStyleV2 {
  return crossStyle(style, 'v1', 'v2') as TextStyleV2
}

function styleFromV2(style: TextStyleV2): TextStyle {
  return crossStyle(style, 'v2', 'v1') as TextStyle
}

function crossStyle(style: Readonly<Record<string, unknown>>, from: Wire, to: Wire): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const row of markRows) {
    const value = style[row[from]]
    if (value === undefined) continue
    result[row[to]] = row.value === 'color' ? copyColor(value as Color) : row.value === 'link' ? {url: (value as {url: string}).url} : value
  }
  return result
}

function copyColor({red, green, blue, alpha}: Color): Color {
  return alpha === undefined ? {red, green, blue} : {red, green, blue, alpha}
}

function copyDocsLink({url, title}: {url: string; title?: string}): {url: string; title?: string} {
  return title === undefined ? {url} : {url, title}
}

function imageToV2(image: Image): ImageV2 {
  const result: ImageV2 = {}
  if (image.fileToken !== undefined) result.file_token = image.fileToken
  if (image.src !== undefined) result.src = image.src
  if (image.width !== undefined) result.width = image.width
  if (image.height !== undefined) result.height = image.height
  return result
}

function imageFromV2(image: ImageV2): Image {
  const result: Image = {}
  if (image.file_token !== undefined) result.fileToken = image.file_token
  if (image.src !== undefined) result.src = image.src
  if (image.width !== undefined) result.width = image.width
  if (image.height !== undefined) result.height = image.height
  return result
}
