import type {Html} from 'mdast'
import type {Node} from 'unist'
import type {RuleId} from '../../../messages.js'
import type {TextStyle} from '../../../model/types.js'
import {countBreaks} from '../../syntax/break.js'
import {styleFromCss} from '../../syntax/color.js'
import {type HtmlToken, tokenizeHtml} from '../../syntax/html-tag.js'
import {imageFromAttributes} from '../../syntax/image.js'
import {personFromAttributes} from '../../syntax/mention.js'
import {parseColor} from '../../../css.js'
import {addText, type Handler, type State} from '../state.js'
import {emitParagraph, readParagraph, trimPieces} from './paragraph.js'

/** Tags that style text, by name. Aliases share an entry. */
const styleTags: Record<string, TextStyle> = {
  b: {bold: true},
  strong: {bold: true},
  s: {strikeThrough: true},
  del: {strikeThrough: true},
  strike: {strikeThrough: true}
}

/** Tags whose look the format cannot keep: the text stays, the loss is reported. */
const lossyTags: Record<string, RuleId> = {
  em: 'emphasis',
  i: 'emphasis',
  cite: 'emphasis',
  u: 'underline',
  ins: 'underline',
  code: 'inline-code',
  kbd: 'inline-code',
  samp: 'inline-code',
  tt: 'inline-code'
}

/** Elements that never have an end tag. */
const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

/** Inline HTML: one tag (or comment) per node. */
export const inlineHtml: Handler<Html> = (state, node) => {
  for (const token of tokenizeHtml(node.value)) inlineToken(state, node, token)
}

function inlineToken(state: State, node: Node, token: HtmlToken): void {
  if (token.type === 'comment') return
  if (token.type === 'text') {
    addText(state, token.value.replace(/\r\n?|\n/g, ' '))
    return
  }
  if (token.type === 'close') {
    closeTag(state, node, token.name)
    return
  }
  const {name, attributes, selfClosing} = token
  const person = personFromAttributes(name, attributes)
  if (person) {
    state.pieces.push({type: 'element', element: {type: 'person', person}})
    if (!selfClosing) state.openTags.push({name, style: {}, labelStart: state.pieces.length})
    return
  }
  if (name === 'br') return addText(state, '\n')
  if (name === 'img') {
    const image = imageFromAttributes(attributes)
    if (image) state.pieces.push({type: 'image', image, node})
    else state.report('html', node, 'image without src')
    if (attributes.alt) state.report('image-alt', node)
    return
  }
  if (voidTags.has(name) || selfClosing) {
    state.report('html', node, `<${name}>`)
    return
  }
  state.openTags.push({name, style: tagStyle(state, node, name, attributes)})
}

function tagStyle(state: State, node: Node, name: string, attributes: Record<string, string>): TextStyle {
  let style: TextStyle = {...styleTags[name]}
  const lossy = lossyTags[name]
  if (lossy) state.report(lossy, node)
  else if (name === 'a' && attributes.href !== undefined) style.link = {url: attributes.href}
  else if (name === 'font' && attributes.color !== undefined) {
    const color = parseColor(attributes.color)
    if (color) style.textColor = color
    else state.report('color', node, attributes.color)
  } else if (!styleTags[name] && name !== 'span' && name !== 'font') state.report('html', node, `<${name}>`)
  if (attributes.style !== undefined) {
    const css = styleFromCss(attributes.style)
    for (const value of css.unreadable) state.report('color', node, value)
    style = {...style, ...css.style}
  }
  return style
}

function closeTag(state: State, node: Node, name: string): void {
  for (let index = state.openTags.length - 1; index >= 0; index--) {
    const tag = state.openTags[index]!
    if (tag.name !== name) continue
    // `</at>` ends a mention: its label is display text, not content.
    if (tag.labelStart !== undefined) state.pieces.length = Math.min(state.pieces.length, tag.labelStart)
    state.openTags.length = index
    return
  }
  if (!voidTags.has(name)) state.report('html', node, `</${name}>`)
}

/**
 * Block-level HTML: a line of `<br>` tags is a paragraph of empty lines, a
 * block of `<img>` tags a gallery, a comment nothing. Any other HTML keeps
 * its tags' effects and text, and is reported.
 */
export const flowHtml: Handler<Html> = (state, node) => {
  const breaks = countBreaks(node.value)
  if (breaks > 0) {
    emitParagraph(state, breaks > 1 ? [{type: 'textRun', textRun: {text: '\n'.repeat(breaks - 1)}}] : [])
    return
  }
  const tokens = tokenizeHtml(node.value)
  const meaningful = tokens.filter((token) => token.type !== 'comment' && !(token.type === 'text' && token.value.trim() === ''))
  if (meaningful.length === 0) return
  if (meaningful.every((token) => token.type === 'open' && token.name === 'img')) {
    readParagraph(state, node, () => {
      for (const token of meaningful) inlineToken(state, node, token)
    })
    return
  }
  // Other HTML: each tag is read (and reported) as inline HTML would be;
  // the text between tags is flow text, so white space collapses.
  readParagraph(state, node, () => {
    for (const token of tokens) {
      if (token.type === 'text') addText(state, token.value.replace(/\s+/g, ' '))
      else inlineToken(state, node, token)
    }
    trimPieces(state)
  })
}
