import {all} from './all.js'
import {block} from './block.js'
import {blockquote} from './blockquote.js'
import {br} from './br.js'
import {code, inlineCode} from './code.js'
import {inlineTags, type TagMeaning} from '../../../dialect/inline-html.js'
import {withStyle} from '../style.js'
import {font} from './font.js'
import {heading} from './heading.js'
import {ignore} from './ignore.js'
import {image} from './image.js'
import {link} from './link.js'
import {input, list, listItem} from './list.js'
import {mention} from './mention.js'
import {table, tableCell, tableRow} from './table.js'
import {thematicBreak} from './thematic-break.js'
import type {Handler} from './types.js'

export {unknown} from './unknown.js'
export {mention} from './mention.js'
export type {Visit} from './types.js'

/** Handlers by tag name: the data of the reader (tags not here go to `unknown`). */
export const handlers: Record<string, Handler> = {
  // Phrasing: the vocabulary both readers share (`dialect/inline-html.ts`),
  // then the elements of their own.
  ...Object.fromEntries([...inlineTags].map(([tag, meaning]) => [tag, inlineHandler(meaning)])),
  font,
  a: link,
  at: mention,
  // Inline content.
  br,
  img: image,
  input,
  // Structure.
  p: block,
  ul: list,
  ol: list,
  menu: list,
  li: listItem,
  blockquote,
  // Degraded, reported with the rule ids of the Markdown side.
  h1: heading,
  h2: heading,
  h3: heading,
  h4: heading,
  h5: heading,
  h6: heading,
  pre: code,
  listing: code,
  table,
  tr: tableRow,
  td: tableCell,
  th: tableCell,
  hr: thematicBreak,
  // Content that shows no text: skipped silently.
  script: ignore,
  style: ignore,
  template: ignore,
  noscript: ignore,
  head: ignore,
  meta: ignore,
  title: ignore,
  link: ignore,
  base: ignore,
  svg: ignore,
  math: ignore,
  iframe: ignore,
  frame: ignore,
  frameset: ignore,
  noframes: ignore,
  object: ignore,
  embed: ignore,
  applet: ignore,
  param: ignore,
  audio: ignore,
  video: ignore,
  source: ignore,
  track: ignore,
  canvas: ignore,
  map: ignore,
  area: ignore,
  select: ignore,
  option: ignore,
  optgroup: ignore,
  datalist: ignore,
  textarea: ignore,
  noembed: ignore,
  xmp: ignore,
  plaintext: ignore,
  colgroup: ignore,
  col: ignore,
  wbr: ignore,
  // Blocks without meaning of their own.
  address: block,
  article: block,
  aside: block,
  body: block,
  caption: block,
  center: block,
  dd: block,
  details: block,
  dialog: block,
  dir: list,
  div: block,
  dl: block,
  dt: block,
  fieldset: block,
  figcaption: block,
  figure: block,
  footer: block,
  form: block,
  header: block,
  hgroup: block,
  html: block,
  legend: block,
  main: block,
  nav: block,
  search: block,
  section: block,
  summary: block,
  // Table sections.
  tbody: all,
  tfoot: all,
  thead: all,
  // Word's empty-paragraph marker.
  'o:p': all
}

/** The handler of a phrasing tag of the shared vocabulary: a mark, a reported loss, or its text. */
function inlineHandler(meaning: TagMeaning): Handler {
  if (meaning.type === 'mark') {
    const style = meaning.style
    return (_state, _node, context) => ({context: withStyle(context, style)})
  }
  if (meaning.type === 'text') return all
  // Inline code inside `<pre>` is the code block's, reported once by it.
  if (meaning.rule === 'inline-code') return inlineCode
  const rule = meaning.rule
  return (state, node, context) => {
    state.reportOnce(rule, node, rule === 'html' ? `<${node.tagName}>` : undefined)
    return {context}
  }
}
