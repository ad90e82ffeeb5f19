/**
 * The rich text of the Feishu/Lark OKR v2 API (`/open-apis/okr/v2`): the
 * `content` of objectives and key results, an objective's `notes`, and the
 * `content` of progress list items. The same tree as v1's `Content`, in
 * snake_case, with a `mention` holding one `user_id` where v1 has a `person`.
 *
 * The official SDK (`@larksuiteoapi/node-sdk` 1.74) declares every field of
 * this tree optional, in requests and responses alike. {@link ContentV2} is
 * the tree as this library writes and validates it: a field the format needs
 * (a block's kind and its payload, a list's kind and level, a text, a URL, a
 * mention's ID, the images of a gallery) is required, as in v1's `Content`.
 * {@link ContentV2Input} is the shape exactly as the SDK declares it, what the
 * readers accept (a progress list item's or an objective's `content`).
 * Arrays are mutable, as in v1: a `readonly` array is not assignable to the
 * SDK's payloads.
 */
import type {Color, DocsLink, Link, ListType, StyleOf} from '../model/types.js'

export type {Color, DocsLink, Link, ListType}

/** A whole rich text: the `content` or `notes` of an objective, the `content` of a key result. */
export interface ContentV2 {
  blocks: BlockV2[]
}

/** One line of the document: a paragraph or a gallery of images. */
export type BlockV2 = ParagraphBlockV2 | GalleryBlockV2

export interface ParagraphBlockV2 {
  block_element_type: 'paragraph'
  paragraph: ParagraphV2
}

export interface GalleryBlockV2 {
  block_element_type: 'gallery'
  gallery: GalleryV2
}

export interface ParagraphV2 {
  style?: ParagraphStyleV2
  elements: ElementV2[]
}

export interface ParagraphStyleV2 {
  list?: ListV2
}

export interface ListV2 {
  list_type: ListType
  /** Nesting depth, an integer 1..16. */
  indent_level: number
  /** The ordinal shown by a `number` item; ignored by the other kinds. */
  number?: number
}

/** An inline element of a paragraph. */
export type ElementV2 = TextRunElementV2 | DocsLinkElementV2 | MentionElementV2

export interface TextRunElementV2 {
  paragraph_element_type: 'textRun'
  text_run: TextRunV2
}

export interface DocsLinkElementV2 {
  paragraph_element_type: 'docsLink'
  docs_link: DocsLink
}

export interface MentionElementV2 {
  paragraph_element_type: 'mention'
  mention: MentionV2
}

export interface TextRunV2 {
  text: string
  style?: TextStyleV2
}

/** The marks of a text run under their v2 names (`strike_through`, `text_color`…): the rows of `marks` in `model/format.ts`. */
export interface TextStyleV2 extends StyleOf<'v2'> {}

/**
 * A mention of a user. `user_id` is an ID of the type the request's
 * `user_id_type` names (`open_id`, the API's default, `union_id` or `user_id`).
 */
export interface MentionV2 {
  user_id: string
}

export interface GalleryV2 {
  images: ImageV2[]
}

/** An image: `file_token` is its durable identity; `src` in a fetched tree is a signed URL that expires. */
export interface ImageV2 {
  file_token?: string
  src?: string
  /** Width in px. */
  width?: number
  /** Height in px. */
  height?: number
}

/** The kinds of user ID a v2 request may name in `user_id_type`. */
export type UserIdType = 'open_id' | 'union_id' | 'user_id'

/**
 * The tree exactly as the SDK declares it, every field optional: what the
 * readers accept, so that an objective's, a key result's or a progress
 * item's `content` from an SDK call goes in without a cast. The readers
 * validate it (see `validateContentV2`).
 */
export interface ContentV2Input {
  blocks?: readonly BlockV2Input[] | undefined
}

export interface BlockV2Input {
  block_element_type?: 'paragraph' | 'gallery' | undefined
  paragraph?:
    | {
        style?:
          | {
              list?:
                | {
                    list_type?: ListType | undefined
                    indent_level?: number | undefined
                    number?: number | undefined
                  }
                | undefined
            }
          | undefined
        elements?: readonly ElementV2Input[] | undefined
      }
    | undefined
  gallery?:
    | {
        images?:
          | ReadonlyArray<{
              file_token?: string | undefined
              src?: string | undefined
              width?: number | undefined
              height?: number | undefined
            }>
          | undefined
      }
    | undefined
}

export interface ElementV2Input {
  paragraph_element_type?: 'textRun' | 'docsLink' | 'mention' | undefined
  text_run?:
    | {
        text?: string | undefined
        style?:
          | {
              bold?: boolean | undefined
              strike_through?: boolean | undefined
              back_color?: ColorV2Input | undefined
              text_color?: ColorV2Input | undefined
              link?: {url?: string | undefined} | undefined
            }
          | undefined
      }
    | undefined
  docs_link?: {url?: string | undefined; title?: string | undefined} | undefined
  mention?: {user_id?: string | undefined} | undefined
}

export interface ColorV2Input {
  red?: number | undefined
  green?: number | undefined
  blue?: number | undefined
  alpha?: number | undefined
}
