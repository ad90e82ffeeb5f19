import type {Element, ElementContent, Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {Content} from '../../src/model/types.js'

/**
 * The words a reader of the page sees, in order, found without our reader:
 * hast-util-from-html's tree, its text split at white space and at block
 * boundaries (the block elements of HTML's user-agent stylesheet, `display`
 * in a `style` attribute, `<br>`, table cells). Not seen: comments (Office's
 * conditional comments included), elements a page does not render
 * (`<head>`, `<style>`, `<script>`, `<template>`, `hidden`, `display: none`),
 * and what the README documents as left out: embedded content and form
 * controls (`<svg>`, `<math>`, `<iframe>`, `<object>`, `<select>`,
 * `<textarea>`…), and Word's list markers (`mso-list: Ignore`), which are
 * list numbering outside a table.
 */
export function visibleWords(html: string): string[] {
  const tree = fromHtml(html, {fragment: true})
  const words: string[] = []
  let current = ''
  const cut = () => {
    if (current) words.push(current)
    current = ''
  }
  const stack: Array<RootContent | ElementContent | {type: 'cut'}> = [...(tree as Root).children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'cut') cut()
    else if (node.type === 'text') {
      const parts = node.value.split(whiteSpace)
      for (let index = 0; index < parts.length; index++) {
        if (index > 0) cut()
        current += parts[index]
      }
    } else if (node.type === 'element') {
      const display = displayOf(node)
      if (display === 'none') continue
      if (node.tagName === 'br') {
        cut()
        continue
      }
      if (display === 'block') stack.push({type: 'cut'})
      stack.push(...[...node.children].reverse())
      if (display === 'block') cut()
    }
  }
  cut()
  return words
}

// JavaScript's \s: the white space of HTML and of Unicode (no-break spaces too: a reader sees a space).
const whiteSpace = /\s+/

const hiddenTags = new Set([
  'head', 'title', 'style', 'script', 'template', 'noscript', 'meta', 'link', 'base',
  'svg', 'math', 'iframe', 'frame', 'frameset', 'noframes', 'object', 'embed', 'applet', 'audio', 'video', 'canvas',
  'map', 'select', 'datalist', 'textarea', 'noembed', 'img', 'input'
])
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'search', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'xmp'
])

function displayOf(node: Element): 'none' | 'block' | 'inline' {
  if (hiddenTags.has(node.tagName) || node.properties.hidden) return 'none'
  const style = typeof node.properties.style === 'string' ? node.properties.style.toLowerCase() : ''
  if (/(?:^|;)\s*display\s*:\s*none\b/.test(style)) return 'none'
  if (/(?:^|;)\s*mso-list\s*:\s*ignore\b/.test(style)) return 'none'
  const display = /(?:^|;)\s*display\s*:\s*([a-z-]+)/.exec(style)?.[1]
  if (display) return display.startsWith('inline') || display === 'contents' ? 'inline' : 'block'
  return blockTags.has(node.tagName) ? 'block' : 'inline'
}

/** The words of content as its reader sees them: the text of each paragraph, split at white space. */
export function contentWords(content: Content): string[] {
  const lines: string[] = []
  for (const block of content.blocks) {
    if (block.type !== 'paragraph') continue
    let line = ''
    for (const element of block.paragraph.elements) {
      if (element.type === 'textRun') line += element.textRun.text
      else if (element.type === 'docsLink') line += element.docsLink.title ?? element.docsLink.url
      else line += ' '
    }
    lines.push(line)
  }
  return lines.join('\n').split(whiteSpace).filter(Boolean)
}

/**
 * The first visible word that `words` does not keep, as a whole word, in
 * order (with what precedes it, to say where), or `undefined`. Words our
 * reader adds (the ` | ` between cells, list markers in a cell) are skipped.
 */
export function firstMissing(visible: readonly string[], words: readonly string[]): string | undefined {
  let at = 0
  for (let index = 0; index < visible.length; index++) {
    const word = visible[index]!
    const found = words.indexOf(word, at)
    if (found === -1) return `${JSON.stringify(word)} after ${JSON.stringify(visible.slice(Math.max(0, index - 5), index).join(' '))}`
    at = found + 1
  }
  return undefined
}
