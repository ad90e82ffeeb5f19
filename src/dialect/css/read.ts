import colorNames from 'color-name'
import parseStyle from 'style-to-object'
import type {Color} from '../../model/types.js'

/**
 * CSS as the converters need it: inline `style` declarations and colors.
 * Declarations are parsed by `style-to-object`; the color grammar is written
 * here because our own `rgba()` output must read back bit-exact (general color
 * libraries round alpha), and it is small.
 */

/** The declarations of a `style` attribute, lower-cased names; `{}` when unreadable. */
export function parseStyleAttribute(style: string): Record<string, string> {
  const result: Record<string, string> = {}
  try {
    parseStyle(style, (name, value) => {
      result[name.toLowerCase()] = value.trim()
    })
  } catch {
    // Malformed CSS shows no style in a browser either.
  }
  return result
}


const functional = /^(rgba?)\(\s*([^)]*?)\s*\)$/i
const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i

/**
 * Read a CSS color: `#rgb[a]`, `#rrggbb[aa]`, `rgb()`/`rgba()` in comma or
 * space syntax (numbers or percentages, `/ alpha`), named colors and
 * `transparent`. `undefined` for anything else (`hsl()`, `var()`, `inherit`…).
 */
export function parseColor(value: string): Color | undefined {
  const css = value.trim().toLowerCase()
  if (css === 'transparent') return {red: 0, green: 0, blue: 0, alpha: 0}
  const named = (colorNames as Record<string, [number, number, number]>)[css]
  if (named && Object.hasOwn(colorNames, css)) return {red: named[0], green: named[1], blue: named[2], alpha: 1}
  const hexMatch = hex.exec(css)
  if (hexMatch) return parseHex(hexMatch[1]!)
  const fnMatch = functional.exec(css)
  if (fnMatch) return parseFunctional(fnMatch[2]!)
  return undefined
}

function parseHex(digits: string): Color {
  const full = digits.length <= 4 ? [...digits].map((digit) => digit + digit).join('') : digits
  const channel = (index: number) => Number.parseInt(full.slice(index * 2, index * 2 + 2), 16)
  const alpha = full.length === 8 ? channel(3) / 255 : 1
  return {red: channel(0), green: channel(1), blue: channel(2), alpha}
}

function parseFunctional(body: string): Color | undefined {
  let parts: string[]
  let alphaPart: string | undefined
  if (body.includes(',')) {
    parts = body.split(',').map((part) => part.trim())
    if (parts.length === 4) alphaPart = parts.pop()
  } else {
    const [channels, alpha, ...rest] = body.split('/')
    if (rest.length > 0) return undefined
    parts = channels!.trim().split(/\s+/)
    alphaPart = alpha?.trim()
  }
  if (parts.length !== 3) return undefined
  const [red, green, blue] = parts.map(parseChannel)
  const alpha = alphaPart === undefined ? 1 : parseAlpha(alphaPart)
  if (red === undefined || green === undefined || blue === undefined || alpha === undefined) return undefined
  return {red, green, blue, alpha}
}

const cssNumber = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/

function parseChannel(part: string): number | undefined {
  const percent = part.endsWith('%')
  const text = percent ? part.slice(0, -1) : part
  if (!cssNumber.test(text)) return undefined
  const value = percent ? (Number(text) * 255) / 100 : Number(text)
  return Math.min(255, Math.max(0, Math.round(value)))
}

function parseAlpha(part: string): number | undefined {
  const percent = part.endsWith('%')
  const text = percent ? part.slice(0, -1) : part
  if (!cssNumber.test(text)) return undefined
  const value = percent ? Number(text) / 100 : Number(text)
  return Math.min(1, Math.max(0, value))
}
