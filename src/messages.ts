import type {Node, Position} from 'unist'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'

/**
 * Every way a conversion can lose something, by rule id. Each loss is
 * reported as a `VFileMessage` with `source: 'okr-content'`, the rule id and
 * the position of what was lost (README § Lossy conversions).
 */
/** The reason of rule `url`, on its own so that the render-only bundle needs no other. */
export const urlRule = 'URL dropped: it is outside the URL policy (README § Security)'

export const rules = {
  heading: 'heading kept as a bold paragraph: the format has no headings',
  emphasis: 'italic text kept as plain text: the format has no italics',
  underline: 'underlined text kept as plain text: the format has no underline',
  'inline-code': 'inline code kept as plain text: the format has no code style',
  code: 'code block kept as one plain paragraph per line: the format has no code blocks',
  table: 'table kept as one paragraph per row, cells separated by " | ", the blocks in a cell on lines of their own: the format has no tables',
  'thematic-break': 'thematic break dropped: the format has no rules',
  footnote: 'footnote kept as plain text: the format has no footnotes',
  html: 'HTML not understood: tags dropped, text kept',
  'link-title': 'link title dropped: the format keeps only the URL',
  'image-alt': 'image alt text or title dropped: the format keeps only the image',
  'image-in-text': 'image moved out of its paragraph or list item into a gallery of its own',
  color: 'color dropped: it is not a CSS color this library understands',
  'list-depth': 'nesting deeper than 16 levels clamped to 16',
  'paragraph-split':
    'paragraph read in pieces (longer than maxParagraphLength, or more delimiters than maxParagraphDelimiters): markup across a cut is not recognised',
  'markup-cost':
    'text read in pieces: its markup (open brackets, delimiters without partners, tags left open) would cost the parser more than a real text can, so markup across a cut is not recognised',
  url: urlRule,
  'front-matter': 'front matter kept out of the content: the format has no place for it (it is in file.data.frontMatter, and readFrontMatter reads it)',
  'unknown-node': 'node of a type this reader does not know (from a plugin): only its text kept',
  'docs-link-style': 'style on a document link dropped: docsLink elements carry no style',
  'image-upload': 'image not uploaded: it could not be read, measured or uploaded',
  'mention-id-type':
    'mention dropped: the target shape cannot hold its ID (a v1 person needs an open_id; a v2 mention holds an ID of the type userIdType names)',
  'mention-second-id': "a person's second ID dropped: a v2 mention holds one ID, of the type userIdType names",
  'mention-unknown': '"@name" kept as text: people names nobody by that name',
  'mention-ambiguous': '"@name" kept as text: people gives that name to more than one person (give one an alias)',
  'plain-mention': 'mention written as its label, "@name": plain Markdown has no mentions, so it reads back as text (as the mention only when the reader is given people that name it)',
  'plain-at-name': 'text "@name" written as it is: a reader given the same people reads it back as a mention of that person',
  'plain-color': 'text or background color dropped: plain Markdown has no colors',
  'plain-image': "image's fileToken and size dropped (an image with only a fileToken: dropped): plain Markdown keeps an image's URL only",
  'plain-break': 'line breaks at the end of a paragraph dropped: plain Markdown has no line break there',
  'plain-empty-paragraph': 'empty paragraph (or one of only line breaks) dropped: plain Markdown has none; in a list, its item stays, empty',
  'plain-emphasis': 'bold or strikethrough dropped: a character no reference can carry (a control, a surrogate, a noncharacter) at or next to its edge cannot stand next to ** or ~~',
  'plain-link': 'link to a document URL written without its "link" title: it reads back as a document link (docsLinks option)',
  'plain-docs-link':
    'document link written as a plain link: its URL is not one the reader takes for a document (docsLinks option), or its title is its URL, so it reads back as a link (or without title)',
  'relative-url':
    "relative URL in a request: the Feishu clients have no base to resolve it against, so it is a broken link there (relativeUrls: 'refuse' makes it an issue)",
  'read-back':
    'paragraph of Markdown that does not read back as written, even with its bold and strikethrough as tags or dropped: a case the writer\'s rules do not cover (please report it)',
  'plain-autolink': 'text GFM reads as a link (http://…, www.…, a@b.co) written as that link: plain Markdown has no comment to keep it text'
} as const

export type RuleId = keyof typeof rules

/** Options shared by every converter for receiving messages about losses. */
export interface MessageOptions {
  /** Called with each message, as soon as it is found. */
  onMessage?: ((message: VFileMessage) => void) | undefined
  /** A file to add the messages to (`file.messages`), unified style. */
  file?: VFile | undefined
}

/** Reports losses to the caller; a no-op when nobody listens. */
export type Report = (ruleId: RuleId, place?: Node | Position | undefined, detail?: string) => void

export function createReporter(options: MessageOptions | undefined): Report {
  return createReporterFor(options, rules)
}

/** A reporter that knows only the rules in `reasons` (all a converter can break). */
export function createReporterFor<Id extends RuleId>(
  options: MessageOptions | undefined,
  reasons: Record<Id, string>
): (ruleId: Id, place?: Node | Position | undefined, detail?: string) => void {
  const onMessage = options?.onMessage
  const file = options?.file
  if (!onMessage && !file) return () => {}
  return (ruleId, place, detail) => {
    const reason = detail ? `${reasons[ruleId]} (${detail})` : reasons[ruleId]
    const position = place && 'type' in place ? place.position : place
    const message = new VFileMessage(reason, {place: position, ruleId, source: 'okr-content'})
    message.fatal = false
    if (file) {
      message.file = file.path ?? ''
      file.messages.push(message)
    }
    onMessage?.(message)
  }
}

export {VFile, VFileMessage}
