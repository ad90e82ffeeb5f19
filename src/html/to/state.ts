import type {Element, ElementContent, Properties} from 'hast'
import type {Block} from '../../model/types.js'
import {createReporter, type Report} from '../../messages.js'
import {docsUrlTest} from '../../docs-link.js'
import {isSafeUrl, type UrlUse} from '../../url.js'
import type {ContentToHtmlOptions} from '../options.js'

/** What the writer's handlers share: options, the reporter, and small helpers. */
export interface WriterState {
  options: ContentToHtmlOptions
  /** `true` for `styles: 'inline'`. */
  inline: boolean
  classPrefix: string
  report: Report
  /** The reader's docs-URL test, to mark links that must stay links. */
  isDocsUrl: (url: string) => boolean
  /** `target`/`rel` for every `<a>`. */
  linkProperties: Properties
  /** Where each block was in the input, for messages. */
  blockIndex: Map<Block, number>
  /** The URL, or `undefined` (reported) when it is outside the policy. */
  safeUrl: (url: string, use: UrlUse, where: string) => string | undefined
  /** Presentation properties: an inline `style` or a class, by mode. */
  presentation: (style: string, className: string) => Properties
}

export function createWriterState(options: ContentToHtmlOptions): WriterState {
  const report = createReporter(options)
  const inline = (options.styles ?? 'inline') === 'inline'
  const classPrefix = options.classPrefix ?? 'okr-'
  const linkProperties: Properties = {}
  if (options.linkTarget) linkProperties.target = options.linkTarget
  // `noopener` keeps a page opened in another browsing context from reaching
  // back through `window.opener`; `noreferrer` keeps the record's URL private.
  const rel = options.linkRel ?? (options.linkTarget && options.linkTarget !== '_self' ? 'noopener noreferrer' : '')
  if (rel) linkProperties.rel = rel.split(/\s+/).filter(Boolean)
  return {
    options,
    inline,
    classPrefix,
    report,
    isDocsUrl: docsUrlTest(options.docsLinks),
    linkProperties,
    blockIndex: new Map(),
    safeUrl(url, use, where) {
      if (isSafeUrl(url, use)) return url
      report('url', undefined, `${where}: ${JSON.stringify(url.slice(0, 80))}`)
      return undefined
    },
    presentation(style, className) {
      return inline ? {style} : {className: [classPrefix + className]}
    }
  }
}

/** A hast element (the writer never builds raw nodes). */
export function element(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return {type: 'element', tagName, properties, children}
}
