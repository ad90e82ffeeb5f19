// Placeholder signatures: the HTML converters land in the next commits.
import type {Content} from '../model/types.js'
import type {MessageOptions} from '../messages.js'
import type {DocsLinkOption} from '../docs-link.js'
import type {ResolvePerson} from '../person.js'

export interface HtmlToContentOptions extends MessageOptions {
  docsLinks?: DocsLinkOption
}

export interface ContentToHtmlOptions extends MessageOptions {
  resolvePerson?: ResolvePerson
  document?: boolean | {title?: string}
}

export function htmlToContent(_html: string, _options?: HtmlToContentOptions): Content {
  throw new Error('not implemented yet')
}

export function contentToHtml(_content: Content, _options?: ContentToHtmlOptions): string {
  throw new Error('not implemented yet')
}
