import type {Image, ImageReference, Link, LinkReference, PhrasingContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Node} from 'unist'
import {docsLinkTitle, plainLinkTitle} from '../../syntax/docs-link.js'
import {currentStyle, type PhrasingHandler, type State, withStyle} from '../state.js'

export const link: PhrasingHandler<Link> = (state, node) => {
  readLink(state, node, node.url, node.title, node.children)
}

export const linkReference: PhrasingHandler<LinkReference> = (state, node) => {
  const definition = state.definition(node.identifier)
  if (definition) readLink(state, node, definition.url, definition.title, node.children)
  else state.phrasingAll(node)
}

export const image: PhrasingHandler<Image> = (state, node) => {
  readImage(state, node, node.url, node.alt, node.title)
}

export const imageReference: PhrasingHandler<ImageReference> = (state, node) => {
  const definition = state.definition(node.identifier)
  readImage(state, node, definition?.url ?? '', node.alt, definition?.title)
}

/**
 * A link is a `docsLink` when its title says so, or, without a title, when
 * its URL names a Feishu/Lark document; otherwise it is a link style on text.
 */
function readLink(state: State, node: Node, url: string, title: string | null | undefined, children: PhrasingContent[]): void {
  const isDocsLink = title === docsLinkTitle || (!title && state.isDocsUrl(url))
  if (title && title !== docsLinkTitle && title !== plainLinkTitle) state.report('link-title', node, title)
  if (!isDocsLink) {
    withStyle(state, {link: {url}}, () => {
      for (const child of children) state.phrasing(child)
    })
    return
  }
  const text = toString(children)
  const style = currentStyle(state)
  if (children.some((child) => child.type !== 'text') || Object.keys(style).length > 0) {
    state.report('docs-link-style', node)
  }
  const autolink = children.length === 1 && children[0]!.type === 'text' && text === url && !title
  state.pieces.push({
    type: 'element',
    element: {type: 'docsLink', docsLink: autolink || text === '' ? {url} : {url, title: text}}
  })
}

function readImage(state: State, node: Node, src: string, alt: string | null | undefined, title: string | null | undefined): void {
  if (alt || title) state.report('image-alt', node)
  // An image without a URL shows nothing but its alt text, reported above.
  if (src) state.pieces.push({type: 'image', image: {src}, node})
}
