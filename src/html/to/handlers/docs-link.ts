import type {ElementContent} from 'hast'
import type {DocsLink} from '../../../model/types.js'
import {element, type WriterState} from '../state.js'
import {text} from './text.js'

/**
 * `<a href data-docs-link="">title</a>`. A docsLink without title shows its
 * URL and is marked `data-docs-link="untitled"`, so the shown URL is not read
 * back as a title. Outside the URL policy: its title (or URL) as plain text.
 */
export function docsLink(state: WriterState, docsLink: DocsLink, where: string): ElementContent[] {
  const shown = docsLink.title ? docsLink.title : docsLink.url
  const href = state.safeUrl(docsLink.url, 'link', where)
  // Shown as text, so its line breaks are text's: CR and CRLF are LF.
  if (href === undefined) return text(shown.replace(/\r\n?/g, '\n'))
  const marker = docsLink.title ? '' : 'untitled'
  return [element('a', {href, ...state.linkProperties, dataDocsLink: marker}, text(shown))]
}
