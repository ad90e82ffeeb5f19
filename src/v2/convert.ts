/**
 * Markdown and HTML ⇄ v2 rich text: the v1 converters composed with the
 * adapters (`./adapt.ts`), so that one implementation of each rule (the
 * dialect, the URL policy, the messages) serves both API shapes.
 *
 * A mention is written and read with one ID (`<at id="…">` in Markdown,
 * `data-open-id` in HTML, as for v1), which is the v2 mention's `user_id` as
 * it is: of the type the request names in `user_id_type`, which the text
 * formats do not record. A second ID read from the text (`data-user-id`) has
 * no place in v2: it is dropped and reported (`mention-second-id`).
 */
import type {VFileMessage} from 'vfile-message'
import {contentToHtml, htmlToContent, type ContentToHtmlOptions, type HtmlToContentOptions} from '../html/index.js'
import {contentToMarkdown, markdownToContent, type ContentToMarkdownOptions, type MarkdownToContentOptions} from '../markdown/index.js'
import {createReporter, type MessageOptions} from '../messages.js'
import type {Content} from '../model/types.js'
import type {PersonDisplay, ResolvePerson} from '../dialect/mention.js'
import {fromV2, toV2, type Crossing} from './adapt.js'
import type {ContentV2, ContentV2Input} from './types.js'
import {validateContentV2} from './validate.js'

/** How a writer shows a mention, by its `user_id` (default: `@` + the ID). */
export type ResolveMention = (userId: string) => PersonDisplay | undefined

export type MarkdownToContentV2Options = MarkdownToContentOptions
export type HtmlToContentV2Options = HtmlToContentOptions

export interface ContentV2ToMarkdownOptions extends Omit<ContentToMarkdownOptions, 'resolvePerson'> {
  /** The label of a mention (default `@` + its `user_id`). */
  resolveMention?: ResolveMention | undefined
}

export interface ContentV2ToHtmlOptions extends Omit<ContentToHtmlOptions, 'resolvePerson'> {
  /** How a mention shows (default `@` + its `user_id`); `href` makes it a link (the URL policy applies). */
  resolveMention?: ResolveMention | undefined
}

/** Markdown → v2 tree, as `markdownToContent` reads it. Never throws on a string; the result passes `validateContentV2`. */
export function markdownToContentV2(markdown: string, options: MarkdownToContentV2Options = {}): ContentV2 {
  return toV2(markdownToContent(markdown, options), textCrossing(options))
}

/** HTML → v2 tree, as `htmlToContent` reads it. Never throws on a string; the result passes `validateContentV2`. */
export function htmlToContentV2(html: string, options: HtmlToContentV2Options = {}): ContentV2 {
  return toV2(htmlToContent(html, options), textCrossing(options))
}

/**
 * v2 tree → Markdown, as `contentToMarkdown` writes it: lossless,
 * `markdownToContentV2` gives back the tree up to `normalizeContentV2`.
 *
 * @throws {ContentValidationError} when `content` is not a valid v2 tree (v2 paths).
 */
export function contentV2ToMarkdown(content: ContentV2Input, options: ContentV2ToMarkdownOptions = {}): string {
  const {resolveMention, ...rest} = options
  return contentToMarkdown(fromText(content), {...rest, ...v2Paths(options), resolvePerson: personResolver(resolveMention)})
}

/**
 * v2 tree → HTML, as `contentToHtml` writes it (the same URL policy and
 * escaping; a URL outside the policy is reported with its path in `content`).
 *
 * @throws {ContentValidationError} when `content` is not a valid v2 tree (v2 paths).
 */
export function contentV2ToHtml(content: ContentV2Input, options: ContentV2ToHtmlOptions = {}): string {
  const {resolveMention, ...rest} = options
  return contentToHtml(fromText(content), {...rest, ...v2Paths(options), resolvePerson: personResolver(resolveMention)})
}

/** The crossing of the text formats: their one mention ID is the `user_id`. */
function textCrossing(options: MessageOptions): Crossing {
  return {userIdType: 'open_id', report: createReporter(options)}
}

/** A checked v2 tree in v1 names, mentions as they are (nothing is dropped). */
function fromText(content: ContentV2Input): Content {
  return fromV2(validateContentV2(content), {userIdType: 'open_id', report: () => {}})
}

function personResolver(resolveMention: ResolveMention | undefined): ResolvePerson | undefined {
  return resolveMention && ((openId) => resolveMention(openId))
}

/**
 * The v1 writer reports paths in the v1 tree it was given; in v2 names they
 * differ only in a gallery's images (`imageList` → `images`).
 */
function v2Paths(options: MessageOptions): MessageOptions {
  if (!options.onMessage && !options.file) return {}
  return {
    onMessage(message: VFileMessage) {
      const reason = message.reason.replace(/\((blocks\[\d+\]\.gallery\.)imageList(\[\d+\]): /, '($1images$2: ')
      message.reason = reason
      message.message = reason
      options.onMessage?.(message)
    }
  }
}
