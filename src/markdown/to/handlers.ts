import type {Link, Parents} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {defaultHandlers, type Info, type State} from 'mdast-util-to-markdown'

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
export const link = (node: Link, parent: Parents | undefined, state: State, info: Info): string => {
  if (autolinkable(node)) return defaultHandlers.link(node, parent, state, info)
  const resourceLink = state.options.resourceLink
  state.options.resourceLink = true
  try {
    return defaultHandlers.link(node, parent, state, info)
  } finally {
    state.options.resourceLink = resourceLink
  }
}

/**
 * What the link's first character will be, for its neighbours' escapes: `[`
 * when it cannot be an autolink (else a `!` before `[a@b.co_b](…)` is left
 * unescaped and reads back as an image: found by `npm run fuzz`).
 */
link.peek = (node: Link, parent: Parents | undefined, state: State): string =>
  autolinkable(node) ? defaultHandlers.link.peek(node, parent, state) : '['

function autolinkable(node: Link): boolean {
  const text = toString(node)
  return text === node.url ? uriAutolinkScheme.test(text) : 'mailto:' + text === node.url ? emailAutolink.test(text) : true
}
