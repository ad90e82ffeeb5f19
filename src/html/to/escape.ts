/**
 * Escapes, byte for byte as `hast-util-to-html` (default settings, through
 * `stringify-entities`) writes them, plus `\r` → `&#13;` (parsers turn a raw
 * CR into LF; a character reference keeps it). Each function tests first and
 * replaces only when needed: most strings hold nothing to escape.
 */

/** Text of a paragraph: `&`, `<` as hexadecimal references; each `\n` is a `<br>`. */
const phrasingTest = /[&<\r\n]/
const phrasingAll = /[&<\r\n]/g
/** Plain text (a title, a style sheet): `&`, `<`. */
const textTest = /[&<\r]/
const textAll = /[&<\r]/g
/** A double-quoted attribute value: NUL, `"`, `&`, `'` and `` ` ``. */
const attributeTest = /[\0"&'`\r]/
const attributeAll = /[\0"&'`\r]/g

const references: Record<string, string> = {
  '\0': '&#x0;',
  '"': '&#x22;',
  '&': '&#x26;',
  "'": '&#x27;',
  '<': '&#x3C;',
  '`': '&#x60;',
  '\r': '&#13;',
  '\n': '<br>'
}

function reference(character: string): string {
  return references[character]!
}

/** Text shown in a paragraph or list item: escaped, line feeds as `<br>`. */
export function escapePhrasing(value: string): string {
  return phrasingTest.test(value) ? value.replace(phrasingAll, reference) : value
}

/** A text node that keeps its line feeds (`<title>`, `<style>`). */
export function escapeText(value: string): string {
  return textTest.test(value) ? value.replace(textAll, reference) : value
}

/** An attribute value, to write between double quotes. */
export function escapeAttribute(value: string): string {
  return attributeTest.test(value) ? value.replace(attributeAll, reference) : value
}
