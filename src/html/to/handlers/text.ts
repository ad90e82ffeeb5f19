import type {ElementContent} from 'hast'
import {element} from '../state.js'

/**
 * Text as hast: each `\n` is a `<br>` (pre-wrap would show a raw newline too,
 * but `<br>` survives copy/paste and e-mail clients). `\r` stays in the text
 * node; the serializer writes it as `&#13;` so that parsers keep it.
 */
export function text(value: string): ElementContent[] {
  const result: ElementContent[] = []
  const lines = value.split('\n')
  for (let index = 0; index < lines.length; index++) {
    if (index > 0) result.push(element('br', {}))
    if (lines[index]) result.push({type: 'text', value: lines[index]!})
  }
  return result
}
