import type {Root} from 'hast'
import {parseFragment} from 'parse5'
import {sourceToHast, type SourceFragment} from './tree.js'

export {ElementView, type SourceElement, type SourceNode} from './tree.js'

/**
 * HTML → the reader's source tree, with `parse5` (the parser of
 * `hast-util-from-html` and `rehype-parse`), as a fragment: in Node and
 * wherever the platform has no HTML parser. Browsers get `parse.browser.ts`
 * (the `browser` export condition), which asks the platform's own parser.
 * `locations`: keep source positions (twice the parse time: ask only when
 * they are reported).
 */
export function parseSource(html: string, locations: boolean): SourceFragment {
  return parseFragment(html, {sourceCodeLocationInfo: locations}) as SourceFragment
}

/** HTML → hast, as a fragment, with positions (`tree.ts`'s `sourceToHast`). */
export function parseHtml(html: string): Root {
  return sourceToHast(parseSource(html, true))
}
