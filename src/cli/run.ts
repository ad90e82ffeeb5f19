/**
 * The `okr-content` command line, as a function of its arguments and
 * injected standard streams (so tests run it in process). Exit codes: 0 ok,
 * 1 `--strict` and a conversion lost something, 2 usage or bad input.
 */
import {readFileSync} from 'node:fs'
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Command, CommanderError, Option} from 'commander'
import {unwrapResponse} from '../errors.js'
import {contentToHtml, htmlToContent} from '../html/index.js'
import {contentToMarkdown, markdownToContent} from '../markdown/index.js'
import type {VFileMessage} from '../messages.js'
import type {Content} from '../model/types.js'
import {validateContent} from '../model/validate.js'
import {progressRecordFromContent, progressRecordRequestFields, type ProgressRecordFields} from '../progress/request.js'
import {renderProgressRecord} from '../progress/render.js'

/** The standard streams of a run. */
export interface CliIo {
  /** Reads all of standard input. */
  stdin: () => Promise<string>
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Directory relative paths are read from. Default: `process.cwd()`. */
  cwd?: string | undefined
}

export type Format = 'md' | 'html' | 'json'

/** Exit codes. */
export const exitCodes = {ok: 0, strict: 1, usage: 2} as const

/** Thrown for bad input; printed as one line. */
export class CliError extends Error {
  override name = 'CliError'
}

class StrictFailure extends Error {}

const formats: Format[] = ['md', 'html', 'json']

/** The format a file name implies: `.md`/`.markdown`, `.html`/`.htm`, `.json`. */
export function formatOf(file: string | undefined): Format | undefined {
  const extension = file ? path.extname(file).toLowerCase() : ''
  if (extension === '.md' || extension === '.markdown') return 'md'
  if (extension === '.html' || extension === '.htm') return 'html'
  if (extension === '.json') return 'json'
  return undefined
}

/** `file:line:column: reason [rule-id]` (without a known place: `file: reason [rule-id]`). */
export function formatMessage(message: VFileMessage, name: string): string {
  const place = message.line ? `${name}:${message.line}:${message.column ?? 1}` : name
  return `${place}: ${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`
}

/** The one line shown for an error: its first line, or its first issue. */
export function errorLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const first = error.message.split('\n')[0]!.replace(/:$/, '')
  const issues = (error as {issues?: Array<{path: string; message: string}>}).issues
  if (Array.isArray(issues) && issues.length > 0) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
    return `${first}: ${issues[0]!.path ? `${issues[0]!.path}: ` : ''}${issues[0]!.message}${more}`
  }
  return first
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version
  } catch {
    return '0.0.0'
  }
}

/** Run the CLI with `argv` (without `node` and the script) and return the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd()
  const program = new Command('okr-content')

  program
    .description('Convert Markdown and HTML to and from the Feishu/Lark OKR progress-record rich text.')
    .version(version(), '-v, --version')
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: () => {}
    })
    .exitOverride()
    .showSuggestionAfterError(true)

  async function input(file: string | undefined): Promise<{text: string; name: string}> {
    if (file === undefined || file === '-') return {text: await io.stdin(), name: '<stdin>'}
    try {
      return {text: await readFile(path.resolve(cwd, file), 'utf8'), name: file}
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message
      throw new CliError(`cannot read ${file}: ${why}`)
    }
  }

  function collector(name: string, strict: boolean) {
    const messages: VFileMessage[] = []
    return {
      onMessage: (message: VFileMessage) => messages.push(message),
      /** Print the messages; with `--strict`, fail when there are any. */
      finish() {
        for (const message of messages) io.stderr(`${formatMessage(message, name)}\n`)
        if (strict && messages.length > 0) {
          throw new StrictFailure(`${messages.length} conversion message${messages.length === 1 ? '' : 's'} with --strict`)
        }
      }
    }
  }

  program
    .command('convert')
    .description('convert a document between Markdown, HTML and content_block JSON')
    .argument('[file]', 'input file, or - for stdin (default: stdin)')
    .addOption(new Option('-f, --from <format>', 'input format (default: from the file extension)').choices(formats))
    .addOption(
      new Option('-t, --to <format>', 'output format (default: from --output, else json, or md for json input)').choices(
        formats
      )
    )
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--document', 'HTML output: a standalone page instead of a fragment')
    .option('--strict', 'exit 1 when the conversion loses anything (the messages go to stderr)')
    .addHelpText(
      'after',
      '\nExamples:\n  okr-content convert fixtures/weekly-report.md --to json\n  cat report.html | okr-content convert --from html --to md\n  okr-content convert record.json --to html --document -o record.html'
    )
    .action(async (file: string | undefined, options: {from?: Format; to?: Format; output?: string; document?: boolean; strict?: boolean}) => {
      const from = options.from ?? formatOf(file)
      if (!from) {
        throw new CliError(
          file === undefined || file === '-'
            ? 'reading stdin: give the input format with --from md|html|json'
            : `cannot tell the format of ${file}: give --from md|html|json`
        )
      }
      const to = options.to ?? formatOf(options.output) ?? (from === 'json' ? 'md' : 'json')
      const {text, name} = await input(file)
      const messages = collector(name, options.strict === true)
      const content = readContent(from, text, name, messages.onMessage)
      const output = writeContent(to, content, {onMessage: messages.onMessage, document: options.document === true})
      messages.finish()
      if (options.output) await writeFile(path.resolve(cwd, options.output), output)
      else io.stdout(output)
    })

  program
    .command('progress')
    .description('print the body of POST /open-apis/okr/v1/progress_records for a report, as JSON')
    .argument('<report>', 'the report (Markdown, or HTML by extension), or - for stdin')
    .requiredOption('--target-id <id>', 'the objective or key result id')
    .addOption(
      new Option('--target-type <type>', 'what the id names').choices(['kr', 'objective', '2', '3']).makeOptionMandatory()
    )
    .requiredOption('--source-title <title>', 'where the progress comes from, e.g. "Weekly report"')
    .requiredOption('--source-url <url>', 'link to the source (must match ^https?://.*$)')
    .option('--source-url-pc <url>', 'link for desktop clients')
    .option('--source-url-mobile <url>', 'link for mobile clients')
    .option('--percent <number>', 'progress percent, at most two decimals')
    .addOption(
      new Option('--status <status>', 'progress status').choices(['none', 'normal', 'risk', 'delayed', '-1', '0', '1', '2'])
    )
    .addOption(new Option('-f, --from <format>', 'report format (default: from the extension, else md)').choices(['md', 'html']))
    .option('--strict', 'exit 1 when the conversion loses anything (the messages go to stderr)')
    .addHelpText(
      'after',
      '\nExample:\n  okr-content progress fixtures/weekly-report.md --target-id 7041430377642082323 --target-type kr \\\n    --source-title "Weekly report" --source-url https://example.com/reports/42 --percent 50.21 --status normal'
    )
    .action(async (file: string, options: Record<string, string | boolean | undefined>) => {
      const fields: ProgressRecordFields = {
        targetId: options.targetId as string,
        targetType: /^\d+$/.test(options.targetType as string)
          ? (Number(options.targetType) as 2 | 3)
          : (options.targetType as 'kr' | 'objective'),
        sourceTitle: options.sourceTitle as string,
        sourceUrl: options.sourceUrl as string,
        sourceUrlPc: options.sourceUrlPc as string | undefined,
        sourceUrlMobile: options.sourceUrlMobile as string | undefined
      }
      if (options.percent !== undefined || options.status !== undefined) {
        const percent = options.percent as string | undefined
        const status = options.status as string | undefined
        fields.progress = {
          percent: percent === undefined ? undefined : /^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(percent) ? Number(percent) : Number.NaN,
          status: status === undefined ? undefined : /^-?\d$/.test(status) ? (Number(status) as -1) : (status as 'none')
        }
      }
      progressRecordRequestFields(fields)
      const from = (options.from as 'md' | 'html' | undefined) ?? (formatOf(file) === 'html' ? 'html' : 'md')
      const {text, name} = await input(file)
      const messages = collector(name, options.strict === true)
      const content = readContent(from, text, name, messages.onMessage)
      const body = progressRecordFromContent(content, fields)
      messages.finish()
      io.stdout(`${JSON.stringify(body, null, 2)}\n`)
    })

  program
    .command('render')
    .description('render a fetched progress record (GET …/progress_records/:id response) as a standalone HTML page')
    .argument('<record>', 'the record JSON (the {code, msg, data} envelope or data), or - for stdin')
    .addOption(new Option('--format <format>', 'output format').choices(['html', 'md']).default('html'))
    .option('--fragment', 'HTML: a fragment instead of a standalone page')
    .option('--time-zone <zone>', 'IANA time zone of the update time', 'UTC')
    .option('--locale <locale>', 'locale of the date and labels (zh gives Chinese labels)', 'en')
    .option('--strict', 'exit 1 when the rendering loses anything (the messages go to stderr)')
    .addHelpText('after', '\nExample:\n  okr-content render fixtures/records/progress-record.json --time-zone Asia/Shanghai > record.html')
    .action(
      async (file: string, options: {format: 'html' | 'md'; fragment?: boolean; timeZone: string; locale: string; strict?: boolean}) => {
        const {text, name} = await input(file)
        const record = parseJson(text, name)
        const messages = collector(name, options.strict === true)
        const output = renderProgressRecord(record, {
          format: options.format === 'md' ? 'markdown' : 'html',
          document: options.format === 'html' && options.fragment !== true,
          timeZone: options.timeZone,
          locale: options.locale,
          onMessage: messages.onMessage
        })
        messages.finish()
        io.stdout(output.endsWith('\n') ? output : `${output}\n`)
      }
    )

  try {
    if (argv.length === 0) {
      io.stdout(program.helpInformation())
      return exitCodes.ok
    }
    await program.parseAsync(argv, {from: 'user'})
    return exitCodes.ok
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return exitCodes.ok
      io.stderr(`okr-content: ${error.message.replace(/^error: /, '').split('\n')[0]}\n`)
      return exitCodes.usage
    }
    if (error instanceof StrictFailure) {
      io.stderr(`okr-content: ${error.message}\n`)
      return exitCodes.strict
    }
    io.stderr(`okr-content: ${errorLine(error)}\n`)
    return exitCodes.usage
  }
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new CliError(`${name}: invalid JSON: ${(error as Error).message.split('\n')[0]}`)
  }
}

/** JSON input: a bare content tree, `{content}` (a create body or record data), or a response envelope. */
function readContent(from: Format, text: string, name: string, onMessage: (message: VFileMessage) => void): Content {
  if (from === 'md') return markdownToContent(text, {onMessage})
  if (from === 'html') return htmlToContent(text, {onMessage})
  const value = unwrapResponse(parseJson(text, name), name)
  const content =
    typeof value === 'object' && value !== null && 'content' in value ? (value as {content: unknown}).content : value
  return validateContent(content)
}

function writeContent(
  to: Format,
  content: Content,
  options: {onMessage: (message: VFileMessage) => void; document: boolean}
): string {
  const output =
    to === 'json'
      ? JSON.stringify(content, null, 2)
      : to === 'md'
        ? contentToMarkdown(content)
        : contentToHtml(content, {onMessage: options.onMessage, document: options.document})
  return output.endsWith('\n') ? output : `${output}\n`
}
