// Placeholder signatures: the Markdown converters land in the next commits.
import type {Content} from '../model/types.js'
import type {MessageOptions} from '../messages.js'
import type {DocsLinkOption} from '../docs-link.js'
import type {ResolvePerson} from '../person.js'

export interface MarkdownToContentOptions extends MessageOptions {
  docsLinks?: DocsLinkOption
}

export interface ContentToMarkdownOptions {
  resolvePerson?: ResolvePerson
}

export function markdownToContent(_markdown: string, _options?: MarkdownToContentOptions): Content {
  throw new Error('not implemented yet')
}

export function contentToMarkdown(_content: Content, _options?: ContentToMarkdownOptions): string {
  throw new Error('not implemented yet')
}
