import type {Html} from 'mdast'
import type {Node} from 'unist'
import type {ColorMark} from '../../../model/format.js'
import {countBreaks} from '../../../dialect/break.js'
import {type HtmlToken, tokenizeHtml} from '../../../dialect/html-tag.js'
import {attributeColors, inlineTag} from '../../../dialect/inline-html.js'
import {imageFromAttributes} from '../../../dialect/image.js'
import {personFromAttributes} from '../../../dialect/mention.js'
import {isSafeUrl} from '../../../dialect/url.js'
import {applyColorEffect, applyTextCss, type ColorEffect, colorEffect, readTextCss, unreadableColors} from '../../../dialect/css/text.js'
import {type Handler, type OpenTag, type MarkdownReaderState} from '../state.js'
import {reportUrl} from './link.js'
import {emitParagraph, readParagraph, trimPieces} from './paragraph.js'

/** Elements that never have an end tag. */
const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

/** Inline HTML: one tag (or comment) per node. */
export const inlineHtml: Handler<Html> = (state, node) => {
  for (const token of tokenizeHtml(node.value)) inlineToken(state, node, token)
}

function inlineToken(state: MarkdownReaderState, node: Node, token: HtmlToken): void {
  if (token.type === 'comment') return
  if (token.type === 'text') {
    state.addText(token.value.replace(/\r\n?|\n/g, ' '))
    return
  }
  if (token.type === 'close') {
    closeTag(state, node, token.name)
    return
  }
  const {name, attributes, selfClosing} = token
  // A mention's label is display text, as in the HTML reader: the tags in
  // it mean nothing and report nothing (they are only matched to their ends).
  if (state.openTags.some((tag) => tag.labelStart !== undefined)) {
    if (!voidTags.has(name) && !selfClosing) state.openTags.push({name, depth: state.nesting.length})
    return
  }
  const person = personFromAttributes(name, (attribute) => attributes[attribute])
  if (person) {
    state.pieces.push({type: 'element', element: {type: 'person', person}})
    if (!selfClosing) state.openTags.push({name, depth: state.nesting.length, labelStart: state.pieces.length})
    return
  }
  if (name === 'br') return state.addText('\n')
  if (name === 'img') {
    // A `src` outside the policy goes (reported); a `data-file-token` keeps the image.
    const src = attributes.src
    const refused = src !== undefined && src !== '' && !isSafeUrl(src, 'image')
    if (refused) reportUrl(state, node, src)
    const image = imageFromAttributes(refused ? {...attributes, src: ''} : attributes)
    // Without a `src` or a token it shows nothing, as in the HTML reader.
    if (image) state.pieces.push({type: 'image', image, node})
    else if (refused) state.refusedImage = true
    if (image && (attributes.alt || attributes.title)) state.report('image-alt', node)
    return
  }
  if (voidTags.has(name) || selfClosing) {
    state.report('html', node, `<${name}>`)
    return
  }
  state.openTags.push({name, depth: state.nesting.length, apply: tagEffect(state, node, name, attributes)})
}

/**
 * What an open tag does to the style of its text: the tag's own meaning, then
 * `<font color>`, then its `style` attribute, by the rules the HTML reader
 * shares (`text-css.ts`). What it cannot keep is reported now, once.
 */
function tagEffect(state: MarkdownReaderState, node: Node, name: string, attributes: Record<string, string>): OpenTag['apply'] {
  const meaning = inlineTag(name)
  let patch = meaning?.type === 'mark' ? meaning.style : undefined
  if (meaning?.type === 'lost') state.report(meaning.rule, node, meaning.rule === 'html' ? `<${name}>` : undefined)
  else if (name === 'a' && attributes.href !== undefined) {
    if (isSafeUrl(attributes.href, 'link')) patch = {link: {url: attributes.href}}
    else reportUrl(state, node, attributes.href)
  } else if (!meaning && name !== 'a') state.report('html', node, `<${name}>`)
  const colors: Array<[ColorMark, Exclude<ColorEffect, undefined>]> = []
  for (const [mark, value] of attributeColors(name, (attribute) => attributes[attribute])) {
    const effect = colorEffect(mark, value, false)
    if (typeof effect === 'string') state.report('color', node, effect)
    else if (effect !== undefined) colors.push([mark, effect])
  }
  const css = attributes.style === undefined ? undefined : readTextCss(attributes.style)
  if (css) {
    for (const rule of css.lost) state.report(rule, node)
    for (const value of unreadableColors(css)) state.report('color', node, value)
  }
  if (!patch && colors.length === 0 && !css) return undefined
  return (base) => {
    let style = patch ? {...base, ...patch} : base
    for (const [mark, effect] of colors) style = applyColorEffect(style, style, mark, effect)
    return css ? applyTextCss(style, css) : style
  }
}

function closeTag(state: MarkdownReaderState, node: Node, name: string): void {
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
      if (token.type === 'text') state.addText(token.value.replace(/\s+/g, ' '))
      else inlineToken(state, node, token)
    }
    trimPieces(state)
  })
}
