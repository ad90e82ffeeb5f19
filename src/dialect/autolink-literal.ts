import type {Node, Parents, PhrasingContent, Root, Text} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import type {Info, State} from 'mdast-util-to-markdown'
import {toString} from 'mdast-util-to-string'
import {gfm} from 'micromark-extension-gfm'

/**
 * GFM turns `www.x.com`, `http://x.y` and `a@b.co` in text into links, and
 * does it after escapes are resolved (mdast-util-gfm-autolink-literal runs
 * on text nodes), so no backslash or character reference keeps them text.
 * An empty comment, `<!---->`, splits the text node and so the match; every
 * viewer hides it and the reader ignores it. Inside a link there is nothing
 * to split: links do not nest. The plain flavor has no comments: it writes
 * the links GFM makes as links (`linkLiterals`), and keeps GFM from making
 * others (`plainText`).
 */
const literalStart = /(?<=www)(?=\.)|(?<=https?)(?=:\/\/)|(?<=[\w+\-.])(?=@[\w-])/gi

export const splitMarker = '<!---->'

export function text(node: Text, _: unknown, state: State, info: Info): string {
  if (state.stack.includes('link') || state.stack.includes('autolink') || !/www|http|@/i.test(node.value)) return state.safe(node.value, info)
  const parts = node.value.split(literalStart)
  return parts
    .map((part, index) =>
      state.safe(part, {
        ...info,
        before: index === 0 ? info.before : '>',
        after: index === parts.length - 1 ? info.after : '<'
      })
    )
    .join(splitMarker)
}

/**
 * Plain flavor: text that GFM does not link as it is (what `linkLiterals`
 * left), but may once escaped: `a@b.co\_` links `a@b.co` (the escape ends
 * the address), `https://x.y\_\_` links `https://x.y\`. In a word (links
 * hold no white space) where it would, the `:` of `http://`, the `.` of
 * `www.` and the `@` of an address are written as character references,
 * which the syntax that starts such links does not see.
 */
export function plainText(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const escaped = state.safe(node.value, info)
  if (state.stack.includes('link') || state.stack.includes('autolink') || !mayLink.test(node.value)) return escaped
  // Next to `**` or `~~`, mdast-util-to-markdown may write the text's first
  // or last character as a reference after this handler: `A` of
  // `Ahttps://x.y` as `&#x41;`, after which GFM links `https://x.y`.
  const siblings: Node[] = parent?.children ?? []
  const at = state.indexStack.at(-1)!
  const attentionBefore = isAttention(siblings[at - 1])
  const attentionAfter = isAttention(siblings[at + 1])
  const words = escaped.split(/(\s+)/)
  return words
    .map((word, index) => {
      if (!mayLink.test(word)) return word
      const forms = [word, attentionBefore && index === 0 && referenceAt(word, true), attentionAfter && index === words.length - 1 && referenceAt(word, false)]
      return forms.some((form) => form && hasLink(literalLinksIn(form, true))) ? word.replace(literalTrigger, reference) : word
    })
    .join('')
}

function isAttention(node: Node | undefined): boolean {
  return node?.type === 'strong' || node?.type === 'delete' || node?.type === 'emphasis'
}

/** A character as a character reference. */
function reference(character: string): string {
  return `&#x${character.codePointAt(0)!.toString(16).toUpperCase()};`
}

/** `word` with its first (`start`) or last character written as a reference. */
function referenceAt(word: string, start: boolean): string {
  const characters = [...word]
  const index = start ? 0 : characters.length - 1
  characters[index] = reference(characters[index]!)
  return characters.join('')
}

/**
 * The character that starts each kind of literal link: after `http`/`https`,
 * `www`, and in an address (GFM links `+@.A` too: the characters around the
 * `@` are those of mdast-util-gfm-autolink-literal's unsafe pattern).
 */
const literalTrigger = /(?<=https?):(?=\/\/)|(?<=www)\.|(?<=[\w+\-.])@(?=[\w.-])/gi

/** What every literal link contains. */
const mayLink = /:\/\/|www\.|@/i

/** Every construct but paragraphs and GFM's literal links: text parsed with them is itself, but for the links GFM makes of it. */
const otherConstructs = [
  'attention', 'autolink', 'blockQuote', 'codeFenced', 'codeIndented', 'codeText', 'definition', 'gfmFootnoteCall',
  'gfmFootnoteDefinition', 'gfmPotentialFootnoteCall', 'hardBreakEscape', 'headingAtx', 'htmlFlow', 'htmlText', 'labelEnd',
  'labelStartImage', 'labelStartLink', 'list', 'setextUnderline', 'strikethrough', 'table', 'tasklistCheck', 'thematicBreak'
]
const literalLinksOnly = {disable: {null: [...otherConstructs, 'characterEscape', 'characterReference']}}
const literalLinksAndEscapes = {disable: {null: otherConstructs}}

/**
 * The tree GFM makes of Markdown text (the reader's syntax extension and
 * transform), with no construct but literal links and, with `escapes`,
 * backslash escapes and character references.
 */
function literalLinksIn(markdown: string, escapes: boolean): Root {
  return fromMarkdown(markdown, {extensions: [gfm(), escapes ? literalLinksAndEscapes : literalLinksOnly], mdastExtensions: [gfmFromMarkdown()]})
}

function hasLink(tree: Root): boolean {
  return tree.children.some((block) => block.type === 'paragraph' && block.children.some((child) => child.type === 'link'))
}

/**
 * Plain flavor: text, with the links GFM makes of it as link nodes;
 * `undefined` when it makes none. Written as links, `<https://x.y?a&b>`, the
 * escapes the text needs cannot run into them (GFM would link
 * `https://x.y?a\&b` with the backslash).
 */
export function linkLiterals(value: string): PhrasingContent[] | undefined {
  if (!mayLink.test(value)) return undefined
  const tree = literalLinksIn(value, false)
  const result: PhrasingContent[] = []
  // Each piece is a slice of `value` (paragraphs drop white space at their
  // edges): `cursor` is where the last one ended, `written` where the last link did.
  let cursor = 0
  let written = 0
  for (const block of tree.children) {
    for (const child of block.type === 'paragraph' ? block.children : []) {
      const text = child.type === 'text' ? child.value : child.type === 'link' ? toString(child) : undefined
      const at = text === undefined ? -1 : value.indexOf(text, cursor)
      if (at === -1) return undefined
      cursor = at + text!.length
      if (child.type !== 'link') continue
      if (at > written) result.push({type: 'text', value: value.slice(written, at)})
      result.push({type: 'link', url: child.url, title: null, children: [{type: 'text', value: text!}]})
      written = cursor
    }
  }
  if (result.length === 0) return undefined
  if (written < value.length) result.push({type: 'text', value: value.slice(written)})
  return result
}
