import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Command, Option} from 'commander'
import type {VFileMessage} from '../../messages.js'
import {FeishuApiError} from '../../feishu/errors.js'
import {
  progressRecordFromContent,
  progressRecordRequestFields,
  progressRecordUpdate,
  type ProgressRecordFields
} from '../../feishu/progress/request.js'
import {postProgressRecord, updateProgressRecord} from '../../feishu/sdk/post.js'
import {htmlToContent} from '../../html/index.js'
import {markdownToContent} from '../../markdown/index.js'
import {openClient} from '../client.js'
import {CliError, type CliIo, formatOf, readInput, readPeople} from '../io.js'
import type {People} from '../../dialect/mention.js'
import {messageCollector} from '../report.js'

interface ProgressOptions {
  targetId?: string
  targetType?: string
  sourceTitle?: string
  sourceUrl?: string
  sourceUrlPc?: string
  sourceUrlMobile?: string
  percent?: string
  status?: string
  from?: 'md' | 'html'
  strict?: boolean
  update?: string
  post?: boolean
  domain: string
  record?: string
  people?: string
}

/** Exit 3: the API answered with an error (its code and message are printed). */
export class ApiFailureExit extends Error {}

export function progressCommand(io: CliIo): Command {
  return new Command('progress')
    .description('the body of POST /open-apis/okr/v1/progress_records for a report (or, with --update, of PUT …/:progress_id), as JSON; with --post, send it')
    .argument('<report>', 'the report (Markdown, or HTML by extension), or - for stdin')
    .option('--target-id <id>', 'the objective or key result id (required to create, and to upload images)')
    .addOption(new Option('--target-type <type>', 'what the id names').choices(['kr', 'objective', '2', '3']))
    .option('--source-title <title>', 'where the progress comes from, e.g. "Weekly report" (required to create)')
    .option('--source-url <url>', 'link to the source, must match ^https?://.*$ (required to create)')
    .option('--source-url-pc <url>', 'link for desktop clients')
    .option('--source-url-mobile <url>', 'link for mobile clients')
    .option('--percent <number>', 'progress percent, at most two decimals')
    .addOption(new Option('--status <status>', 'progress status').choices(['none', 'normal', 'risk', 'delayed', '-1', '0', '1', '2']))
    .addOption(new Option('-f, --from <format>', 'report format (default: from the extension, else md)').choices(['md', 'html']))
    .option('--people <file>', 'JSON object of open ids to a name or {"name", "aliases", "email"}: @ + a name is a mention')
    .option('--update <progress_id>', 'replace the content (and the rate given) of this record instead of creating one')
    .option('--post', 'send the request with the SDK (LARK_APP_ID, LARK_APP_SECRET; without them, to the embedded offline server) and print the record id')
    .option('--domain <domain>', '--post: feishu, lark, or a base URL', 'feishu')
    .option('--record <file>', '--post: also write the record the API answered, as JSON (for render)')
    .option('--strict', 'exit 1 when the conversion loses anything (the body is still written; the messages go to stderr)')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        "  printf '**Done**: load test at 2k rps\\n' | okr-content progress - --target-id 7041430377642082323 \\",
        '    --target-type kr --source-title "Weekly report" --source-url https://example.com/reports/42 --percent 50.21 --status normal',
        "  printf 'Thanks @Li Lei\\n' | okr-content progress - --post --target-id 7041430377642082323 --target-type kr \\",
        '    --source-title "Weekly report" --source-url https://example.com/reports/42',
        "  printf 'Revised\\n' | okr-content progress - --update 7046518160811425812 --percent 60"
      ].join('\n')
    )
    .action(async (file: string, options: ProgressOptions) => {
      const update = options.update
      const fields = fieldsOf(options, update === undefined || options.post === true, update === undefined)
      // The fields are checked before the report is read: a bad flag fails fast.
      if (update === undefined) progressRecordRequestFields(fields)
      else progressRecordUpdate(update, {blocks: []}, {progress: fields.progress})
      const from = options.from ?? (formatOf(file) === 'html' ? 'html' : 'md')
      const people = await readPeople(options.people, io)
      const {text, name} = await readInput(file, io)
      const messages = messageCollector(name, options.strict === true, io)
      if (options.post) {
        if (from === 'html') throw new CliError('--post reads Markdown reports (convert HTML with `okr-content convert` first)')
        await post(text, file, fields, options, {onMessage: messages.onMessage, people}, io)
      } else {
        const content = from === 'html' ? htmlToContent(text, {onMessage: messages.onMessage}) : markdownToContent(text, {onMessage: messages.onMessage, people})
        const urls = {onMessage: messages.onMessage}
        const body = update === undefined ? progressRecordFromContent(content, fields, urls) : progressRecordUpdate(update, content, {progress: fields.progress}, urls)
        io.stdout(`${JSON.stringify(body, null, 2)}\n`)
      }
      messages.finish()
    })
}

async function post(
  markdown: string,
  file: string,
  fields: ProgressRecordFields,
  options: ProgressOptions,
  reading: {onMessage: (message: VFileMessage) => void; people: People | undefined},
  io: CliIo
): Promise<void> {
  const baseDir = path.resolve(io.cwd ?? process.cwd(), file === '-' ? '.' : path.dirname(file))
  // An image that cannot be uploaded is reported and kept as it is: a web image still shows; a local one fails the request check.
  const read = {...reading, baseDir, onImageError: 'keep' as const}
  const {client, close} = await openClient(options.domain, io)
  try {
    const {record} =
      options.update === undefined
        ? await postProgressRecord(client, markdown, fields, read)
        : await updateProgressRecord(client, options.update, markdown, {target: fields, progress: fields.progress}, read)
    if (options.record !== undefined) await writeFile(path.resolve(io.cwd ?? process.cwd(), options.record), `${JSON.stringify({code: 0, msg: 'success', data: record}, null, 2)}\n`)
    io.stdout(`${record.progress_id ?? options.update}\n`)
  } catch (error) {
    if (error instanceof FeishuApiError) throw new ApiFailureExit(`the API answered ${error.code} ${error.msg}${error.advice ? ` — ${error.advice}` : ''}`)
    throw error
  } finally {
    await close()
  }
}

function fieldsOf(options: ProgressOptions, needTarget: boolean, needSource: boolean): ProgressRecordFields {
  const required: Array<[keyof ProgressOptions, string, boolean]> = [
    ['targetId', '--target-id <id>', needTarget],
    ['targetType', '--target-type <type>', needTarget],
    ['sourceTitle', '--source-title <title>', needSource],
    ['sourceUrl', '--source-url <url>', needSource]
  ]
  for (const [key, flag, needed] of required) {
    if (needed && options[key] === undefined) throw new CliError(`required option '${flag}' not specified`)
  }
  const targetType = options.targetType ?? 'kr'
  const fields: ProgressRecordFields = {
    targetId: options.targetId ?? '',
    targetType: /^\d+$/.test(targetType) ? (Number(targetType) as 2 | 3) : (targetType as 'kr' | 'objective'),
    sourceTitle: options.sourceTitle ?? '',
    sourceUrl: options.sourceUrl ?? '',
    sourceUrlPc: options.sourceUrlPc,
    sourceUrlMobile: options.sourceUrlMobile
  }
  const {percent, status} = options
  if (percent !== undefined || status !== undefined) {
    fields.progress = {
      // Only a plain decimal is a percent ('0x10' and '' are not).
      percent: percent === undefined ? undefined : /^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(percent) ? Number(percent) : Number.NaN,
      status: status === undefined ? undefined : /^-?\d$/.test(status) ? (Number(status) as -1) : (status as 'none')
    }
  }
  return fields
}
