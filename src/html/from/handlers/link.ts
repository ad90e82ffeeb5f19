import type {Element} from '../../../model/types.js'
import {docsLinkMarker, docsLinkMarkers, docsLinkTitle, plainLinkTitle} from '../../../dialect/docs-link.js'
import {isSafeUrl} from '../../../dialect/url.js'
import {hasStyle} from '../../../model/style.js'
import {stringProperty, withStyle} from '../style.js'
import type {Handler} from './types.js'

/**
 * `<a href>`: a link, or a `docsLink` when marked `data-docs-link` (not
 * `"false"`) or titled `"docsLink"`, or, unmarked, when its URL passes the
 * docs-URL test; marked `"false"` or titled `"link"`, always a link. A docs
 * link's title is its text (`data-docs-link="untitled"`, or unmarked text
 * that is the URL: no title); styles on it are dropped (reported). A URL outside the
 * policy is dropped (reported) and the text stays.
 */
export const link: Handler = (state, node, context) => {
  const href = stringProperty(node, 'href')
  if (href === undefined || context.linked) return {context}
  if (!isSafeUrl(href, 'link')) {
    state.reportOnce('url', node, JSON.stringify(href.slice(0, 80)))
    return {context}
  }
  // The Markdown dialect's link titles say the same as the marker, so that
  // the standard HTML rendering of our Markdown reads the same.
  const title = stringProperty(node, 'title')
  if (title && title !== docsLinkTitle && title !== plainLinkTitle) state.reportOnce('link-title', node)
  const marker = docsLinkMarker(stringProperty(node, 'dataDocsLink'), title)
  const docs = marker === undefined ? state.isDocsUrl(href) : marker !== docsLinkMarkers.link
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
      let text = ''
      let styled = hasStyle(context.style)
      for (const element of collected) {
        if (element.type !== 'textRun') continue
        text += element.textRun.text
        if (element.textRun.style && hasStyle(element.textRun.style)) styled = true
      }
      if (styled) state.reportOnce('docs-link-style', node)
      // Unmarked, a link that shows its URL is an autolink: it has no title.
      const untitled = marker === docsLinkMarkers.untitled || text === '' || (marker === undefined && text === href)
      const docsLink = untitled ? {url: href} : {url: href, title: text}
      // White space pending from the end of the title belongs after the link.
      const pending = state.pendingSpace
      state.pendingSpace = undefined
      state.inline({type: 'docsLink', docsLink}, context, node)
      state.pendingSpace = pending === undefined ? undefined : context.style
    }
  }
}
