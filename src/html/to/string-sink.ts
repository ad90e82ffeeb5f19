import {escapeAttribute, escapePhrasing, escapeText} from './escape.js'
import type {Attributes, HtmlSink, Tag} from './sink.js'

/** An element as HTML text: its start and end tags. */
interface StringTag extends Tag {
  start: string
  end: string
}

/**
 * HTML text, serialized as `hast-util-to-html` serializes the same elements
 * (the hast sink's tree): hand-written because `contentToHtml` must be at
 * least as fast as `JSON.stringify` of the tree (bench/index.ts) and the
 * render-only entry fit in 6 KB, which the hast path meets neither.
 *
 * The output is built by concatenation (V8 makes a rope, flattened once by
 * whoever reads the result). A deferred start tag is a slot in `parts`,
 * filled when its element closes.
 */
export function createStringSink(): HtmlSink<string> {
  return new StringSink()
}

/** A class, not an object of closures: a sink per document must cost nothing to make. */
class StringSink implements HtmlSink<string> {
  readonly kind = 'string'
  private readonly parts: string[] = []
  private out = ''

  tag(tagName: string, attributes?: Attributes): Tag {
    const tag: StringTag = {tagName, start: startTag(tagName, attributes), end: endTag(tagName)}
    return tag
  }

  doctype(): void {
    this.out += '<!doctype html>'
  }

  open(tag: Tag): void {
    this.out += (tag as StringTag).start
  }

  close(tag: Tag): void {
    this.out += (tag as StringTag).end
  }

  empty(tag: Tag): void {
    this.out += (tag as StringTag).start
  }

  openDeferred(): number {
    this.parts.push(this.out, '')
    this.out = ''
    return this.parts.length - 1
  }

  closeDeferred(handle: number, tag: Tag): void {
    this.parts[handle] = (tag as StringTag).start
    this.out += (tag as StringTag).end
  }

  text(value: string, plain?: boolean): void {
    this.out += plain ? value : escapePhrasing(value)
  }

  plain(value: string): void {
    this.out += escapeText(value)
  }

  end(): string {
    let result = ''
    for (const part of this.parts) result += part
    return result + this.out
  }
}

/** End tags, made once: a fresh string per element is garbage to collect. */
const endTags = new Map<string, string>()

function endTag(tagName: string): string {
  let tag = endTags.get(tagName)
  if (tag === undefined) endTags.set(tagName, (tag = `</${tagName}>`))
  return tag
}

function startTag(tagName: string, attributes: Attributes | undefined): string {
  let tag = '<' + tagName
  for (const name in attributes) {
    const value = attributes[name]!
    tag += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`
  }
  return tag + '>'
}
