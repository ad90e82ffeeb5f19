import type {Image, ImageReference, Link, LinkReference, Nodes, PhrasingContent} from 'mdast'
import type {Node} from 'unist'
import {docsLinkTitle, plainLinkTitle} from '../../../dialect/docs-link.js'
import {isSafeUrl} from '../../../dialect/url.js'
import {type Handler, type MarkdownReaderState, type Visit} from '../state.js'

export const link: Handler<Link> = (state, node) => (state.mentions && state.mentionByEmail(node) ? {children: []} : readLink(state, node, node.url, node.title, node.children))

export const linkReference: Handler<LinkReference> = (state, node) => {
  const definition = state.definition(node.identifier)
  return definition ? readLink(state, node, definition.url, definition.title, node.children) : {}
}

export const image: Handler<Image> = (state, node) => {
  readImage(state, node, node.url, node.alt, node.title)
}

export const imageReference: Handler<ImageReference> = (state, node) => {
  const definition = state.definition(node.identifier)
  readImage(state, node, definition?.url ?? '', node.alt, definition?.title)
}

/**
 * A link is a `docsLink` when its title says so, or, without a title, when
 * its URL names a Feishu/Lark document; otherwise it is a link style on text.
 * A URL outside the policy is refused (reported) and the text stays, unlinked;
 * a docs link without a title shows its URL, so that URL stays as text (as
 * the HTML writer shows it). mdast has already decoded escapes and character
 * references in `url`.
 */
function readLink(state: MarkdownReaderState, node: Node, url: string, title: string | null | undefined, children: PhrasingContent[]): Visit | undefined {
  const isDocsLink = title === docsLinkTitle || (!title && state.isDocsUrl(url))
  if (!isSafeUrl(url, 'link')) {
    reportUrl(state, node, url)
    // Shown as text, so its line breaks are text's (CR and CRLF are LF), as the HTML writer shows it.
    if (isDocsLink && textOf(children) === '') state.addText(url.replace(/\r\n?/g, '\n'))
    return {children}
  }
  if (title && title !== docsLinkTitle && title !== plainLinkTitle) state.report('link-title', node, title)
  if (!isDocsLink) return {children, exit: state.pushStyle({link: {url}})}
  const text = textOf(children)
  const style = state.currentStyle()
  if (children.some((child) => child.type !== 'text') || Object.keys(style).length > 0) {
    state.report('docs-link-style', node)
  }
  const autolink = children.length === 1 && children[0]!.type === 'text' && text === url && !title
  state.pieces.push({
    type: 'element',
    element: {type: 'docsLink', docsLink: autolink || text === '' ? {url} : {url, title: text}}
  })
  return undefined
}

/** The text a reader sees of phrasing content (tags are markup), without recursion. */
function textOf(children: PhrasingContent[]): string {
  let text = ''
  const stack: Nodes[] = [...children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value
    else if (node.type === 'break') text += '\n'
    else if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  return text
}

function readImage(state: MarkdownReaderState, node: Node, src: string, alt: string | null | undefined, title: string | null | undefined): void {
  // An image outside the policy goes, reported once (as in the HTML reader).
  if (src && !isSafeUrl(src, 'image')) {
    reportUrl(state, node, src)
    state.refusedImage = true
    return
  }
  if (alt || title) state.report('image-alt', node)
  // An image without a URL shows nothing but its alt text, reported above.
  if (src) state.pieces.push({type: 'image', image: {src}, node})
}

/** Report a refused URL as the HTML reader does: rule `url`, the URL's start as detail. */
export function reportUrl(state: MarkdownReaderState, node: Node, url: string): void {
  state.report('url', node, JSON.stringify(url.slice(0, 80)))
}
