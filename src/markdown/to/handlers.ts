import type {Link} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {defaultHandlers, type Handle, type Info, type State} from 'mdast-util-to-markdown'

/**
 * Fixes on top of mdast-util-to-markdown's own handlers, each for a case it
 * writes in a way that reads back differently.
 */

const emailAutolink = /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-zA-Z\d](?:[a-zA-Z\d-]{0,61}[a-zA-Z\d])?(?:\.[a-zA-Z\d](?:[a-zA-Z\d-]{0,61}[a-zA-Z\d])?)*$/
const uriAutolinkScheme = /^[a-zA-Z][a-zA-Z\d+.-]{1,31}:/

/**
 * A link whose text is its URL is written `<url>`, but CommonMark reads
 * `<…>` as a link only for a scheme of at most 32 characters, or an address
 * of its e-mail grammar (no `_` in the domain…): otherwise write `[text](url)`.
 */
export const link: Handle = (node: Link, parent, state: State, info: Info) => {
  const text = toString(node)
  const autolinkable = text === node.url ? uriAutolinkScheme.test(text) : 'mailto:' + text === node.url ? emailAutolink.test(text) : true
  if (autolinkable) return defaultHandlers.link(node, parent, state, info)
  const resourceLink = state.options.resourceLink
  state.options.resourceLink = true
  try {
    return defaultHandlers.link(node, parent, state, info)
  } finally {
    state.options.resourceLink = resourceLink
  }
}

// Keep what the original handler tells its neighbours (`peek`: the marker that follows).
Object.assign(link, defaultHandlers.link)
