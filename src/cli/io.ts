import {readFile} from 'node:fs/promises'
import path from 'node:path'

/** The standard streams of a run, injected so that tests run the CLI in process. */
export interface CliIo {
  /** Reads all of standard input, as bytes. */
  stdin: () => Promise<Uint8Array>
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Directory relative paths are read from. Default: `process.cwd()`. */
  cwd?: string | undefined
  /** The environment (`LARK_APP_ID`, `LARK_APP_SECRET` for `--post`). Default: none. */
  env?: Readonly<Record<string, string | undefined>> | undefined
}

/** Bad input or usage: printed as `okr-content: <message>`, exit 2. */
export class CliError extends Error {
  override name = 'CliError'
}

export type Format = 'md' | 'html' | 'json'

export const formats: Format[] = ['md', 'html', 'json']

/** The format a file name implies: `.md`/`.markdown`, `.html`/`.htm`, `.json`. */
export function formatOf(file: string | undefined): Format | undefined {
  const extension = file ? path.extname(file).toLowerCase() : ''
  if (extension === '.md' || extension === '.markdown') return 'md'
  if (extension === '.html' || extension === '.htm') return 'html'
  if (extension === '.json') return 'json'
  return undefined
}

/** `file`, or stdin for `-` and no file, as text; `name` is how messages call it. */
export async function readInput(file: string | undefined, io: CliIo): Promise<{text: string; name: string}> {
  if (file === undefined || file === '-') return {text: decodeText(await io.stdin(), '<stdin>'), name: '<stdin>'}
  let bytes: Uint8Array
  try {
    bytes = await readFile(path.resolve(io.cwd ?? process.cwd(), file))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message
    throw new CliError(`cannot read ${file}: ${why}`)
  }
  return {text: decodeText(bytes, file), name: file}
}

const utf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * UTF-8 text (a byte order mark is dropped), or a one-line error: bytes that
 * are not UTF-8, or hold NUL (UTF-16 text, images, archives), are no document.
 */
function decodeText(bytes: Uint8Array, name: string): string {
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw new CliError(`${name}: not UTF-8 text (a binary file?)`)
  }
  if (text.includes('\0')) throw new CliError(`${name}: not UTF-8 text (it holds NUL characters: a binary file?)`)
  return text
}

export function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new CliError(`${name}: invalid JSON: ${(error as Error).message.split('\n')[0]}`)
  }
}

/** A person of `--people`: a name, or `{name, href?, aliases?, email?}`. */
type PeopleEntry = string | {name: string; href?: string; aliases?: string[]; email?: string}

/** `--people people.json`: an object of ids to a name or `{name, href?, aliases?, email?}` (README § CLI). */
export async function readPeople(file: string | undefined, io: CliIo): Promise<Record<string, PeopleEntry> | undefined> {
  if (file === undefined) return undefined
  const {text, name} = await readInput(file, io)
  const value = parseJson(text, name)
  const optional = (entry: Record<string, unknown>, key: string, test: (field: unknown) => boolean) => entry[key] === undefined || test(entry[key])
  const valid =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((entry) => {
      if (typeof entry === 'string') return true
      if (typeof entry !== 'object' || entry === null || typeof (entry as {name?: unknown}).name !== 'string') return false
      const record = entry as Record<string, unknown>
      return (
        optional(record, 'href', (field) => typeof field === 'string') &&
        optional(record, 'email', (field) => typeof field === 'string') &&
        optional(record, 'aliases', (field) => Array.isArray(field) && field.every((alias) => typeof alias === 'string'))
      )
    })
  if (!valid) throw new CliError(`${name}: must be an object of ids to a name or {"name", "href", "aliases", "email"}`)
  return value as Record<string, PeopleEntry>
}
