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
export function visibleWords(html: string): VisibleWord[] {
  const tree = fromHtml(html, {fragment: true})
  const words: VisibleWord[] = []
  let current = ''
  // A line ends between the last word and the next (a block boundary, a <br>, a cell).
  let lineEnd = false
  const cut = (line = false) => {
    if (current) {
      words.push({word: current, newLine: lineEnd && words.length > 0})
      lineEnd = false
    }
    current = ''
    if (line) lineEnd = true
  }
  const stack: Array<RootContent | ElementContent | {type: 'cut'}> = [...(tree as Root).children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'cut') cut(true)
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
        cut(true)
        continue
      }
      if (display === 'block') stack.push({type: 'cut'})
      stack.push(...[...node.children].reverse())
      if (display === 'block') cut(true)
    }
  }
  cut()
  return words
}

/** A word a reader sees, and whether it starts a line of its own (after a block boundary or a `<br>`). */
export interface VisibleWord {
  word: string
  newLine: boolean
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

/**
 * The words of content as its reader sees them: the text of each paragraph,
 * split at white space; `'\n'` stands for each line's end (a paragraph's, a
 * line break's) and for a row's ` | ` between cells.
 */
export function contentWords(content: Content): string[] {
  const words: string[] = []
  for (const block of content.blocks) {
    if (block.type !== 'paragraph') continue
    let line = ''
    for (const element of block.paragraph.elements) {
      if (element.type === 'textRun') line += element.textRun.text
      else if (element.type === 'docsLink') line += element.docsLink.title ?? element.docsLink.url
      else line += ' '
    }
    for (const part of line.split(/( \| |\n)/)) {
      if (part === '\n' || part === ' | ') words.push('\n')
      else words.push(...part.split(whiteSpace).filter(Boolean))
    }
    words.push('\n')
  }
  return words
}

/**
 * The first visible word that `words` does not keep, in order, as a whole
 * word, on a line of its own where the page starts a line with it (with what
 * precedes it, to say where), or `undefined`. Words our reader adds (list
 * markers in a cell) are skipped.
 */
export function firstMissing(visible: readonly VisibleWord[], words: readonly string[]): string | undefined {
  let at = 0
  for (let index = 0; index < visible.length; index++) {
    const {word, newLine} = visible[index]!
    const found = words.indexOf(word, at)
    const where = `after ${JSON.stringify(visible.slice(Math.max(0, index - 5), index).map((entry) => entry.word).join(' '))}`
    if (found === -1) return `${JSON.stringify(word)} ${where}`
    if (newLine && index > 0 && !words.slice(at, found).includes('\n')) return `${JSON.stringify(word)} not on a new line, ${where}`
    at = found + 1
  }
  return undefined
}
