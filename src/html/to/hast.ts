import type {Root} from 'hast'
import {writeValid} from '../../model/guard.js'
import type {Content} from '../../model/types.js'
import type {ContentToHtmlOptions} from '../options.js'
import {createHastSink} from './hast-sink.js'
import {writeHtml} from './write.js'

/**
 * Content → hast, for rehype pipelines: the same elements as
 * `contentToHtml` writes (one writer, another sink).
 */
export function contentToHast(content: Content, options: ContentToHtmlOptions = {}): Root {
  return writeValid(content, () => writeHtml(createHastSink(), content, options))
}
