import {Command, Option} from 'commander'
import {progressRecordFromContent, progressRecordRequestFields, type ProgressRecordFields} from '../../feishu/progress/request.js'
import {htmlToContent} from '../../html/index.js'
import {markdownToContent} from '../../markdown/index.js'
import {type CliIo, formatOf, readInput} from '../io.js'
import {messageCollector} from '../report.js'

interface ProgressOptions {
  targetId: string
  targetType: string
  sourceTitle: string
  sourceUrl: string
  sourceUrlPc?: string
  sourceUrlMobile?: string
  percent?: string
  status?: string
  from?: 'md' | 'html'
  strict?: boolean
}

export function progressCommand(io: CliIo): Command {
  return new Command('progress')
    .description('print the body of POST /open-apis/okr/v1/progress_records for a report, as JSON')
    .argument('<report>', 'the report (Markdown, or HTML by extension), or - for stdin')
    .requiredOption('--target-id <id>', 'the objective or key result id')
    .addOption(new Option('--target-type <type>', 'what the id names').choices(['kr', 'objective', '2', '3']).makeOptionMandatory())
    .requiredOption('--source-title <title>', 'where the progress comes from, e.g. "Weekly report"')
    .requiredOption('--source-url <url>', 'link to the source (must match ^https?://.*$)')
    .option('--source-url-pc <url>', 'link for desktop clients')
    .option('--source-url-mobile <url>', 'link for mobile clients')
    .option('--percent <number>', 'progress percent, at most two decimals')
    .addOption(new Option('--status <status>', 'progress status').choices(['none', 'normal', 'risk', 'delayed', '-1', '0', '1', '2']))
    .addOption(new Option('-f, --from <format>', 'report format (default: from the extension, else md)').choices(['md', 'html']))
    .option('--strict', 'exit 1 when the conversion loses anything (the body is still written; the messages go to stderr)')
    .addHelpText(
      'after',
      [
        '',
        'Example:',
        "  printf '**Done**: load test at 2k rps\\n' | okr-content progress - --target-id 7041430377642082323 \\",
        '    --target-type kr --source-title "Weekly report" --source-url https://example.com/reports/42 --percent 50.21 --status normal'
      ].join('\n')
    )
    .action(async (file: string, options: ProgressOptions) => {
      const fields = fieldsOf(options)
      // The fields are checked before the report is read: a bad flag fails fast.
      progressRecordRequestFields(fields)
      const from = options.from ?? (formatOf(file) === 'html' ? 'html' : 'md')
      const {text, name} = await readInput(file, io)
      const messages = messageCollector(name, options.strict === true, io)
      const content = from === 'html' ? htmlToContent(text, {onMessage: messages.onMessage}) : markdownToContent(text, {onMessage: messages.onMessage})
      io.stdout(`${JSON.stringify(progressRecordFromContent(content, fields, {onMessage: messages.onMessage}), null, 2)}\n`)
      messages.finish()
    })
}

function fieldsOf(options: ProgressOptions): ProgressRecordFields {
  const fields: ProgressRecordFields = {
    targetId: options.targetId,
    targetType: /^\d+$/.test(options.targetType) ? (Number(options.targetType) as 2 | 3) : (options.targetType as 'kr' | 'objective'),
    sourceTitle: options.sourceTitle,
    sourceUrl: options.sourceUrl,
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
