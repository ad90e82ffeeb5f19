import {Command, Option} from 'commander'
import {renderProgressRecord} from '../../feishu/progress/render.js'
import {type CliIo, parseJson, readInput, readPeople} from '../io.js'
import {messageCollector} from '../report.js'

interface RenderOptions {
  format: 'html' | 'md'
  fragment?: boolean
  styles: 'inline' | 'classes'
  people?: string
  flavor: 'lossless' | 'plain'
  timeZone: string
  locale: string
  strict?: boolean
}

export function renderCommand(io: CliIo): Command {
  return new Command('render')
    .description('render a fetched progress record (GET …/progress_records/:id response) as a standalone HTML page or Markdown')
    .argument('<record>', 'the record JSON (the {code, msg, data} envelope or data), or - for stdin')
    .addOption(new Option('--format <format>', 'output format').choices(['html', 'md']).default('html'))
    .option('--fragment', 'HTML: a fragment instead of a standalone page')
    .addOption(new Option('--styles <mode>', 'HTML: inline styles (e-mail) or classes with a style sheet').choices(['inline', 'classes']).default('inline'))
    .option('--people <file>', 'JSON object of openIds (or userIds) to a name or {"name", "href"}: how mentions show')
    .addOption(
      new Option('--flavor <flavor>', 'Markdown: lossless (reads back exactly, with inline HTML) or plain (CommonMark + GFM only, for chats, e-mail, comments; losses reported)')
        .choices(['lossless', 'plain'])
        .default('lossless')
    )
    .option('--time-zone <zone>', 'IANA time zone of the update time', 'UTC')
    .option('--locale <locale>', 'locale of the date and labels (zh gives Chinese labels)', 'en')
    .option('--strict', 'exit 1 when the rendering loses anything (the output is still written; the messages go to stderr)')
    .addHelpText(
      'after',
      [
        '',
        'Example:',
        `  printf '{"code":0,"msg":"success","data":{"modify_time":"1640675837810","progress_rate":{"percent":50,"status":1},"content":{"blocks":[{"type":"paragraph","paragraph":{"elements":[{"type":"textRun","textRun":{"text":"Load test done","style":{"bold":true}}}]}}]}}}' \\`,
        '    | okr-content render - --time-zone Asia/Shanghai --format md --flavor plain'
      ].join('\n')
    )
    .action(async (file: string, options: RenderOptions) => {
      const people = await readPeople(options.people, io)
      const {text, name} = await readInput(file, io)
      const record = parseJson(text, name)
      const messages = messageCollector(name, options.strict === true, io)
      const output = renderProgressRecord(record, {
        format: options.format === 'md' ? 'markdown' : 'html',
        document: options.format === 'html' && options.fragment !== true,
        styles: options.styles,
        people,
        flavor: options.flavor,
        timeZone: options.timeZone,
        locale: options.locale,
        onMessage: messages.onMessage
      })
      io.stdout(output.endsWith('\n') ? output : `${output}\n`)
      messages.finish()
    })
}
