/**
 * Mentions by name in Markdown text: the rule, in one place. The `people`
 * value the writers take (open id → a name or `{name, aliases, email}`) is
 * read the other way: `@` + the longest name, alias or e-mail address the
 * directory knows, at a word boundary, is a mention of that person.
 *
 * - An `@` starts a mention only where an e-mail address or a URL cannot
 *   hold it: at the start of the text, or after a character that is not an
 *   ASCII letter, digit or one of `._%+-/:=` (`li.lei@example.com`,
 *   `https://x.dev/@li` stay text).
 * - The name ends at a word boundary when both its last character and the
 *   next are letters or digits of a script written with spaces (Latin,
 *   Greek, Cyrillic): `@Li Leigh` is not `@Li Lei`; in CJK text, where
 *   names are not set off by spaces, `@王芳负责` is 王芳.
 * - A name two people share is ambiguous: reported, never guessed, kept as text.
 * - `@` + a letter that starts no known name looks like a mention attempt:
 *   reported, kept as text. Other `@`s (`@2x`, `@ `) are just text.
 *
 * The directory is a trie of the names' characters, so finding the longest
 * name at an `@` costs at most the longest name's length: reading stays
 * linear in the text.
 */
import type {People, PersonDisplay} from './mention.js'

/** A person of a directory as read: the name and, for reading, other names and an e-mail address. */
interface TrieNode {
  next: Map<string, TrieNode>
  /** The open ids whose name ends here. */
  ids?: Set<string>
}

/** Names to open ids, for reading mentions (built once per read: {@link mentionDirectory}). */
export interface MentionDirectory {
  root: TrieNode
}

/** What the reader gets for a text: pieces of text and mentions, in order. */
type MentionPiece = {type: 'text'; value: string} | {type: 'mention'; openId: string}

/** A mention attempt that is not one: an unknown name, or a name two people share. */
interface MentionProblem {
  kind: 'unknown' | 'ambiguous'
  /** What was written, with its `@`. */
  text: string
  /** Its offset in the text read. */
  offset: number
  /** Ambiguous: the open ids the name names. */
  openIds?: string[] | undefined
}

/**
 * The directory of `people` (id → a name or `{name, aliases?, email?}`), read
 * with its keys as open ids. `undefined` when it names nobody.
 */
export function mentionDirectory(people: People | undefined): MentionDirectory | undefined {
  if (!people) return undefined
  const root: TrieNode = {next: new Map()}
  let size = 0
  const entries: Iterable<[string, string | PersonDisplay]> = people instanceof Map ? people : Object.entries(people)
  for (const [openId, display] of entries) {
    const person: PersonDisplay = typeof display === 'string' ? {name: display} : display
    const names = [person.name, ...(person.aliases ?? [])]
    if (person.email) names.push(person.email, person.email.toLowerCase())
    for (const name of names) {
      if (typeof name !== 'string' || name === '') continue
      let node = root
      for (const character of name) {
        let child = node.next.get(character)
        if (!child) node.next.set(character, (child = {next: new Map()}))
        node = child
      }
      ;(node.ids ??= new Set()).add(openId)
      size++
    }
  }
  return size > 0 ? {root} : undefined
}

/** Characters after which an `@` belongs to an e-mail address or a URL. */
const addressCharacter = /[A-Za-z0-9._%+\-/:=]/
/** Letters and digits of scripts that set words off by spaces: a name ending in one needs a boundary after it. */
const spacedWord = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}_]/u
const letter = /\p{L}/u

/**
 * Split `text` into text and mentions by the directory; `problem` hears of
 * each attempt that is not a mention. `undefined` when the text holds no
 * mention (nothing to change).
 */
export function splitMentions(text: string, directory: MentionDirectory, problem: (found: MentionProblem) => void): MentionPiece[] | undefined {
  let pieces: MentionPiece[] | undefined
  let textStart = 0
  let at = text.indexOf('@')
  while (at !== -1) {
    let resume = at + 1
    if (startsMention(text, at)) {
      const found = longestName(text, at + 1, directory)
      if (found && found.ids.size === 1) {
        pieces ??= []
        if (at > textStart) pieces.push({type: 'text', value: text.slice(textStart, at)})
        pieces.push({type: 'mention', openId: found.ids.values().next().value!})
        textStart = resume = found.end
      } else if (found) {
        problem({kind: 'ambiguous', text: text.slice(at, found.end), offset: at, openIds: [...found.ids]})
        resume = found.end
      } else if (letter.test(String.fromCodePoint(text.codePointAt(at + 1) ?? 32))) {
        const word = /^@[\p{L}\p{N}_.-]{1,64}/u.exec(text.slice(at, at + 70))![0].replace(/[.-]+$/, '')
        problem({kind: 'unknown', text: word, offset: at})
      }
    }
    at = text.indexOf('@', resume)
  }
  if (!pieces) return undefined
  if (textStart < text.length) pieces.push({type: 'text', value: text.slice(textStart)})
  return pieces
}

/** Whether the `@` at `at` may start a mention (not inside an address or a URL). */
export function startsMention(text: string, at: number): boolean {
  return text[at] === '@' && (at === 0 || !addressCharacter.test(text[at - 1]!))
}

/**
 * The addresses of the `@` + e-mail address mentions in `text`, where a
 * mention may start ({@link startsMention}): what a resolver is asked before
 * the text is read.
 */
export function mentionedAddresses(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(/@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    if (startsMention(text, match.index)) found.push(match[1]!)
  }
  return found
}

/** The one person `@` at `at` mentions (at a boundary, a name one person has), and where the name ends. */
export function mentionAt(text: string, at: number, directory: MentionDirectory): {openId: string; end: number} | undefined {
  if (!startsMention(text, at)) return undefined
  const found = longestName(text, at + 1, directory)
  return found && found.ids.size === 1 ? {openId: found.ids.values().next().value!, end: found.end} : undefined
}

/** The longest known name at `start` that ends at a boundary: its end and ids. */
function longestName(text: string, start: number, directory: MentionDirectory): {end: number; ids: Set<string>} | undefined {
  let node: TrieNode | undefined = directory.root
  let index = start
  let best: {end: number; ids: Set<string>} | undefined
  let last = ''
  while (index < text.length) {
    const character = String.fromCodePoint(text.codePointAt(index)!)
    node = node.next.get(character)
    if (!node) break
    index += character.length
    last = character
    if (node.ids && endsAtBoundary(last, text, index)) best = {end: index, ids: node.ids}
  }
  return best
}

function endsAtBoundary(last: string, text: string, index: number): boolean {
  if (index >= text.length) return true
  const next = String.fromCodePoint(text.codePointAt(index)!)
  return !(spacedWord.test(last) && spacedWord.test(next))
}
