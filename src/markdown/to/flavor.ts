import type {PhrasingContent} from 'mdast'
import type {MarkRow} from '../../model/format.js'

/**
 * A flavor of the Markdown writer as a strategy: the decisions where the
 * lossless flavor (CommonMark + GFM + this library's inline HTML) and the
 * plain one (CommonMark + GFM only, every loss reported) part, as data and
 * small functions, not branches in the handlers.
 */
export interface Flavor {
  name: 'lossless' | 'plain'
  /** Whether the flavor writes the dialect's HTML (colors, mentions, `<img>`, `<br>`). */
  html: boolean
  /** Whether it writes a mark of the format table (the plain flavor drops colors, reported). */
  keeps: (row: MarkRow) => boolean
  /**
   * A bold or strikethrough whose delimiter cannot stand where it is (next
   * to a character no reference can carry, or a paragraph that did not read
   * back): the dialect's tag (`<b>`, `<s>`) in the lossless flavor; in the
   * plain one, its text alone, the loss reported.
   */
  unsafeMark: (tag: string, children: PhrasingContent[], lose: (excerpt: string) => void) => PhrasingContent[]
  /**
   * Whether the meaning of a written paragraph may depend on a choice the
   * serializer made after the handlers (read-back.ts then reads it back): a
   * character reference it wrote (`&#x…;` next to `**`/`~~`) of anything but
   * printable ASCII, and in the plain flavor text GFM may link (`@`, `www.`,
   * `://`).
   */
  suspect: (written: string) => boolean
}

/**
 * A character reference the serializer wrote for anything but printable
 * ASCII: those always read back as themselves (the references it writes to
 * keep a delimiter flanking are mostly of letters, `**~~a~~**&#x6B;ey`, and
 * reading each such paragraph back would double the writer's time).
 */
const reference = /&#x([\dA-F]+);/gi

function unusualReference(written: string): boolean {
  if (!written.includes('&#')) return false
  for (const match of written.matchAll(reference)) {
    const code = Number.parseInt(match[1]!, 16)
    if (code < 0x20 || code > 0x7e) return true
  }
  return false
}

export const lossless: Flavor = {
  name: 'lossless',
  html: true,
  keeps: () => true,
  unsafeMark: (tag, children) => [{type: 'html', value: `<${tag}>`}, ...children, {type: 'html', value: `</${tag}>`}],
  suspect: unusualReference
}

const literalLink = /@|www\.|:\/\//i

export const plain: Flavor = {
  name: 'plain',
  html: false,
  keeps: (row) => row.plain === 'keep',
  unsafeMark(_tag, children, lose) {
    lose(children.map(textOf).join(''))
    return children
  },
  suspect: (written) => literalLink.test(written) || unusualReference(written)
}

function textOf(node: PhrasingContent): string {
  return 'value' in node && node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : ''
}
