import type {Element, ElementContent, Root} from 'hast'
import type {Content} from '../../model/types.js'
import {writeValid} from '../../model/guard.js'
import {normalizeContent} from '../../model/normalize.js'
import {nestBlocks} from '../../lists.js'
import type {ContentToHtmlOptions} from '../options.js'
import {createWriterState, element} from './state.js'
import {createNested} from './handlers/nested.js'
import {stylesheet} from './stylesheet.js'

/**
 * Content → hast, for rehype pipelines. The tree is normalized first
 * (numbers filled…), lists are rebuilt from the flat `indentLevel` sequence
 * with `nestBlocks`, and every URL goes through the URL policy. The input is
 * never mutated.
 */
export function contentToHast(content: Content, options: ContentToHtmlOptions = {}): Root {
  return writeValid(content, () => buildHast(content, options))
}

function buildHast(content: Content, options: ContentToHtmlOptions): Root {
  const state = createWriterState(options)
  const normalized = normalizeContent(content)
  normalized.blocks.forEach((block, index) => state.blockIndex.set(block, index))
  const body = createNested(state)(nestBlocks(normalized.blocks))
  if (!options.document) return {type: 'root', children: body}

  const settings = options.document === true ? {} : options.document
  const head: ElementContent[] = [
    element('meta', {charSet: 'utf-8'}),
    element('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
    element('title', {}, [{type: 'text', value: settings.title ?? ''}])
  ]
  if (!state.inline) head.push(element('style', {}, [{type: 'text', value: stylesheet({classPrefix: state.classPrefix})}]))
  const html: Element = element('html', {lang: settings.lang ?? 'en'}, [
    element('head', {}, head),
    element('body', {}, body)
  ])
  return {type: 'root', children: [{type: 'doctype'}, html]}
}

/**
 * `contentToHtml` writes the same HTML as `toHtml(contentToHast(…))` (with
 * `\r` as `&#13;`), directly as a string: see src/html/to-string/.
 */
export {contentToHtml} from '../to-string/index.js'
