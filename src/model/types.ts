/**
 * The Feishu/Lark OKR `content_block` tree, with the exact field names of the
 * wire format (progress record get/create). Arrays are mutable on purpose:
 * the official SDK declares `Array<…>`, and a `readonly` array would not be
 * assignable to its payload.
 */
import type {ListKind, MarkName, marks, Wire} from './format.js'

/** A whole rich text: the `content` of a progress record. */
export interface Content {
  blocks: Block[]
}

/** One line of the document: a paragraph or a gallery of images. */
export type Block = ParagraphBlock | GalleryBlock

export interface ParagraphBlock {
  type: 'paragraph'
  paragraph: Paragraph
}

export interface GalleryBlock {
  type: 'gallery'
  gallery: Gallery
}

export interface Paragraph {
  style?: ParagraphStyle
  elements: Element[]
}

export interface ParagraphStyle {
  list?: List
}

/** The five kinds of list a paragraph can belong to (`listKinds` in `model/format.ts`). */
export type ListType = ListKind

export interface List {
  type: ListType
  /** Nesting depth, an integer 1..16. */
  indentLevel: number
  /** The ordinal shown by a `number` item; ignored by the other kinds. */
  number?: number
}

/** An inline element of a paragraph. */
export type Element = TextRunElement | DocsLinkElement | PersonElement

export interface TextRunElement {
  type: 'textRun'
  textRun: TextRun
}

export interface DocsLinkElement {
  type: 'docsLink'
  docsLink: DocsLink
}

export interface PersonElement {
  type: 'person'
  person: Person
}

export interface TextRun {
  text: string
  style?: TextStyle
}

/** What each kind of mark holds (`model/format.ts`). */
export interface MarkValues {
  flag: boolean
  color: Color
  link: Link
}

/** A style under the field names of a wire shape: one optional field per row of `marks`. */
export type StyleOf<W extends Wire> = {
  -readonly [K in MarkName as (typeof marks)[K][W]]?: MarkValues[(typeof marks)[K]['value']]
}

/** The marks of a text run (`bold`, `strikeThrough`, `textColor`, `backColor`, `link`): the rows of `marks` in `model/format.ts`. */
export interface TextStyle extends StyleOf<'v1'> {}

/** An RGBA color: channels are integers 0..255, `alpha` a number 0..1. */
export interface Color {
  red: number
  green: number
  blue: number
  alpha?: number
}

export interface Link {
  url: string
}

/** A link to a Feishu/Lark cloud document, shown by Feishu with its title. */
export interface DocsLink {
  url: string
  title?: string
}

/** A mention of a user. Fetched records may carry `userId` as well. */
export interface Person {
  openId: string
  userId?: string
}

export interface Gallery {
  imageList: Image[]
}

/**
 * An image. `fileToken` is its durable identity (from the image upload API);
 * `src` in a fetched record is a signed URL that expires.
 */
export interface Image {
  fileToken?: string
  src?: string
  /** Width in px. */
  width?: number
  /** Height in px. */
  height?: number
}
