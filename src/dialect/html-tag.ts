import {decodeHTMLAttribute} from './entities.js'

/**
 * The raw HTML that Markdown lets through (`html` nodes), read as tags.
 * CommonMark's raw-HTML grammar is regular, so a small tokenizer is enough
 * here and far cheaper than a full HTML parse per tag.
 */
export type HtmlToken =
  | {type: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean}
  | {type: 'close'; name: string}
  | {type: 'comment'}
  | {type: 'text'; value: string}

const attribute = /\s+([A-Za-z_:][\w.:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y
const openStart = /<([A-Za-z][A-Za-z\d-]*)/y
const openEnd = /\s*(\/?)>/y
const closeTag = /<\/([A-Za-z][A-Za-z\d-]*)\s*>/y
const comment = /<!--[\s\S]*?-->/y
const other = /<(?:\?[\s\S]*?\?>|![A-Za-z][^>]*>|!\[CDATA\[[\s\S]*?\]\]>)/y

/** Split raw HTML into tags and the text between them. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = []
  let index = 0
  let textStart = 0
  while (index < html.length) {
    const next = html.indexOf('<', index)
    if (next === -1) break
    const token = readTag(html, next)
    if (!token) {
      index = next + 1
      continue
    }
    if (next > textStart) tokens.push({type: 'text', value: html.slice(textStart, next)})
    tokens.push(token.token)
    index = textStart = token.end
  }
  if (textStart < html.length) tokens.push({type: 'text', value: html.slice(textStart)})
  return tokens
}

function readTag(html: string, start: number): {token: HtmlToken; end: number} | undefined {
  for (const pattern of [comment, other]) {
    pattern.lastIndex = start
    if (pattern.test(html)) return {token: {type: 'comment'}, end: pattern.lastIndex}
  }
  closeTag.lastIndex = start
  const close = closeTag.exec(html)
  if (close) return {token: {type: 'close', name: close[1]!.toLowerCase()}, end: closeTag.lastIndex}
  openStart.lastIndex = start
  const open = openStart.exec(html)
  if (!open) return undefined
  const attributes: Record<string, string> = {}
  let index = openStart.lastIndex
  for (;;) {
    attribute.lastIndex = index
    const match = attribute.exec(html)
    if (!match) break
    const name = match[1]!.toLowerCase()
    const raw = match[2] ?? match[3] ?? match[4] ?? ''
    if (!Object.hasOwn(attributes, name)) attributes[name] = attributeValue(raw)
    index = attribute.lastIndex
  }
  openEnd.lastIndex = index
  const end = openEnd.exec(html)
  if (!end) return undefined
  return {
    token: {type: 'open', name: open[1]!.toLowerCase(), attributes, selfClosing: end[1] === '/'},
    end: openEnd.lastIndex
  }
}

/**
 * An attribute value as a browser reads it: line endings normalized and NUL
 * replaced (HTML's input stream preprocessing), character references decoded
 * (`&#106;avascript:` is `javascript:`), so that the URL policy sees the URL
 * a browser would follow. A property test holds it equal to parse5's.
 */
function attributeValue(raw: string): string {
  return decodeHTMLAttribute(raw.replace(/\r\n?/g, '\n').replaceAll('\0', '\uFFFD'))
}

const attributeEscapes: Record<string, string> = {'&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', '\n': '&#xA;', '\r': '&#xD;', '\t': '&#x9;'}

/**
 * Escape a value for a double-quoted attribute. Line endings and tabs too:
 * in a list item or quote, a raw line ending would take the container's
 * prefix into the value.
 */
function escapeAttribute(value: string): string {
  return value.replace(/[&"<>\n\r\t]/g, (character) => attributeEscapes[character]!)
}

/** Write an open tag; attributes with an `undefined` value are left out. */
export function openTag(name: string, attributes: Record<string, string | undefined>): string {
  let result = `<${name}`
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) result += ` ${key}="${escapeAttribute(value)}"`
  }
  return result + '>'
}
