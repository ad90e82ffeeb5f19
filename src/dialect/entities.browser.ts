import {parseInert, type DomElement} from './platform-html.js'

/**
 * `entities.ts` in browsers: an attribute value decoded by the platform's
 * HTML parser (the value is put in a double-quoted attribute; a `"` in it,
 * written `&quot;`, decodes to itself and changes nothing around it).
 */
export function decodeHTMLAttribute(value: string): string {
  if (!value.includes('&')) return value
  const element = parseInert(`<i title="${value.replaceAll('"', '&quot;')}"></i>`).firstChild as DomElement
  return element.getAttribute('title') ?? ''
}
