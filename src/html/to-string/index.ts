/**
 * Content → HTML as a string, directly: no hast tree, no serializer.
 *
 * The project prefers ecosystem libraries and hand-writes only what a
 * benchmark shows must be faster. This is such a case: the target is
 * `contentToHtml` at least as fast as `JSON.stringify` of the same tree
 * (bench/index.ts, documents of ~2 KB, ~100 KB, ~2 MB), and a render-only
 * entry (`okr-content/html`) of at most 6 KB min+gzip. Building a hast tree
 * and serializing it with `hast-util-to-html` (property-information,
 * stringify-entities…) meets neither, so this writer produces the same bytes
 * by hand, in one pass over the input blocks, normalizing as it goes.
 *
 * Output is byte-identical to `toHtml(contentToHast(content, options))` with
 * `\r` written `&#13;` (test/html/to-string.property.test.ts checks it, and
 * that the same messages are reported): same elements, attribute order,
 * escapes (`&#x26;`, `&#x3C;`…), URL policy and messages (rule `url`, with
 * the same paths in the normalized tree). `contentToHast` stays the tree
 * form for rehype pipelines.
 */
import {writeValid} from '../../model/guard.js'
import type {Content} from '../../model/types.js'
import type {ContentToHtmlOptions} from '../options.js'
import {stylesheet} from '../to/stylesheet.js'
import {writeBlocks} from './blocks.js'
import {escapeAttribute, escapeText} from './escape.js'
import {createStringState} from './state.js'

/**
 * Content → a semantic HTML fragment (or document, `options.document`).
 * Safe whatever the tree holds: text and attributes are escaped, URLs
 * outside the policy are dropped and reported, and no raw HTML is ever
 * written. Reads back losslessly with `htmlToContent`. The input is never
 * mutated.
 */
export function contentToHtml(content: Content, options: ContentToHtmlOptions = {}): string {
  return writeValid(content, () => writeHtml(content, options))
}

/**
 * `contentToHtml` of the render-only entry: the same writer without the
 * validator (1.3 KB of the 6 KB budget). A malformed tree gets a `TypeError`
 * that says so; validate untrusted trees with `validateContent` first.
 */
export function renderHtml(content: Content, options: ContentToHtmlOptions = {}): string {
  try {
    return writeHtml(content, options)
  } catch (error) {
    throw new TypeError(
      `okr-content/html: cannot write this tree (${String(error)}); validateContent from okr-content names the problem`,
      {cause: error}
    )
  }
}

function writeHtml(content: Content, options: ContentToHtmlOptions): string {
  const state = createStringState(options)
  writeBlocks(state, content.blocks)
  // Concatenated, not joined: the result stays a rope, flattened once by its reader.
  let body = ''
  for (const part of state.parts) body += part
  body += state.out
  if (!options.document) return body

  const settings = options.document === true ? {} : options.document
  let head =
    `<!doctype html><html lang="${escapeAttribute(String(settings.lang ?? 'en'))}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeText(settings.title ?? '')}</title>`
  // The stylesheet is raw text in `<style>`; its class prefix is escaped for CSS.
  if (!state.inline) head += `<style>${stylesheet({classPrefix: state.classPrefix})}</style>`
  return `${head}</head><body>${body}</body></html>`
}
