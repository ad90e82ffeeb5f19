import type {Element} from '../../../model/types.js'
import {isSafeUrl} from '../../../url.js'
import {hasStyle} from '../state.js'
import {stringProperty, withStyle} from '../style.js'
import type {Handler} from './types.js'

/**
 * `<a href>`: a link, or a `docsLink` when marked `data-docs-link` (not
 * `"false"`) or, unmarked, when its URL passes the docs-URL test. A docs
 * link's title is its text (`data-docs-link="untitled"`: it shows its URL and
 * has no title); styles on it are dropped (reported). A URL outside the
 * policy is dropped (reported) and the text stays.
 */
export const link: Handler = (state, node, context) => {
  const href = stringProperty(node, 'href')
  if (href === undefined || context.linked) return {context}
  if (!isSafeUrl(href, 'link')) {
    state.reportOnce('url', node, JSON.stringify(href.slice(0, 80)))
    return {context}
  }
  if (stringProperty(node, 'title')) state.reportOnce('link-title', node)
  const marker = stringProperty(node, 'dataDocsLink')
  const docs = marker === undefined ? state.isDocsUrl(href) : marker !== 'false'
  if (!docs) return {context: withStyle({...context, linked: true}, {link: {url: href}})}

  state.flushSpace(context, node)
  state.noMerge = true
  const start = state.paragraph
  const startIndex = start?.elements.length ?? 0
  return {
    context: {...context, linked: true},
    exit() {
      state.noMerge = false
      const paragraph = state.paragraph
      const collected: Element[] = paragraph ? paragraph.elements.splice(paragraph === start ? startIndex : 0) : []
      let title = ''
      let styled = hasStyle(context.style)
      for (const element of collected) {
        if (element.type !== 'textRun') continue
        title += element.textRun.text
        if (element.textRun.style && hasStyle(element.textRun.style)) styled = true
      }
      if (styled) state.reportOnce('docs-link-style', node)
      const docsLink = marker === 'untitled' || title === '' ? {url: href} : {url: href, title}
      state.inline({type: 'docsLink', docsLink}, context, node)
    }
  }
}
