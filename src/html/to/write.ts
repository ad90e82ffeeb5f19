import {writeValid} from '../../model/guard.js'
import type {Content} from '../../model/types.js'
import type {ContentToHtmlOptions} from '../options.js'
import {writeBlocks} from './blocks.js'
import {writeDocument} from './document.js'
import type {HtmlSink} from './sink.js'
import {createWriterState} from './state.js'
import {createStringSink} from './string-sink.js'
import {stylesheet} from './stylesheet.js'

/**
 * Content → a semantic HTML fragment (or page, `options.document`). Safe
 * whatever the tree holds: text and attributes are escaped, URLs outside the
 * policy are dropped and reported, and no raw HTML is ever written. Reads
 * back losslessly with `htmlToContent`. The input is never mutated.
 */
export function contentToHtml(content: Content, options: ContentToHtmlOptions = {}): string {
  return writeValid(content, () => writeHtml(createStringSink(), content, options))
}

/**
 * `contentToHtml` of the render-only entry: the same writer without the
 * validator (1.3 KB of the 6 KB budget). A malformed tree gets a `TypeError`
 * that says so; validate untrusted trees with `validateContent` first.
 */
export function renderHtml(content: Content, options: ContentToHtmlOptions = {}): string {
  try {
    return writeHtml(createStringSink(), content, options)
  } catch (error) {
    throw new TypeError(
      `okr-content/html: cannot write this tree (${String(error)}); validateContent from okr-content names the problem`,
      {cause: error}
    )
  }
}

/** Write `content` into `sink`: the fragment, or the page with `options.document`. */
export function writeHtml<Result>(sink: HtmlSink<Result>, content: Content, options: ContentToHtmlOptions): Result {
  const state = createWriterState(sink, options)
  if (!options.document) writeBlocks(state, content.blocks)
  else {
    const settings = options.document === true ? {} : options.document
    const css = state.inline ? undefined : stylesheet({classPrefix: state.classPrefix})
    writeDocument(sink, {...settings, css}, () => writeBlocks(state, content.blocks))
  }
  return sink.end()
}

/** Write the blocks of `content` into `sink`, to compose a page of more than the content (`options.document` is ignored). */
export function writeContent(sink: HtmlSink<unknown>, content: Content, options: ContentToHtmlOptions): void {
  writeBlocks(createWriterState(sink, options), content.blocks)
}
