import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Command, Option} from 'commander'
import {unwrapResponse} from '../../feishu/errors.js'
import {contentToHtml, htmlToContent} from '../../html/index.js'
import {contentToMarkdown, markdownToContent} from '../../markdown/index.js'
import type {VFileMessage} from '../../messages.js'
import type {Content} from '../../model/types.js'
import {validateContent} from '../../model/validate.js'
import type {People} from '../../dialect/mention.js'
import {contentFromV2, contentToV2, userIdTypes} from '../../v2/adapt.js'
import type {ContentV2Input, UserIdType} from '../../v2/types.js'
import {CliError, type CliIo, type Format, formatOf, formats, parseJson, readInput, readPeople} from '../io.js'
import {messageCollector} from '../report.js'

interface ConvertOptions {
  from?: Format
  to?: Format
  output?: string
  document?: boolean
  people?: string
  wire: 'v1' | 'v2'
  userIdType: UserIdType
  flavor: 'lossless' | 'plain'
  strict?: boolean
}

export function convertCommand(io: CliIo): Command {
  return new Command('convert')
    .description('convert a document between Markdown, HTML and content_block JSON')
    .argument('[file]', 'input file, or - for stdin (default: stdin)')
    .addOption(new Option('-f, --from <format>', 'input format (default: from the file extension; md for stdin)').choices(formats))
    .addOption(new Option('-t, --to <format>', 'output format (default: from --output, else json, or md for json input)').choices(formats))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--document', 'HTML output: a standalone page instead of a fragment')
    .option('--people <file>', 'JSON object of openIds (or userIds) to a name or {"name", "href", "aliases", "email"}: how mentions show, and (Markdown in) the names @ mentions')
    .addOption(new Option('--wire <version>', 'JSON: the OKR v1 content_block tree (camelCase) or the v2 one (snake_case)').choices(['v1', 'v2']).default('v1'))
    .addOption(
      new Option('--user-id-type <type>', 'JSON v2: the type of the ids in mentions (the user_id_type of the request)').choices([...userIdTypes]).default('open_id')
    )
    .addOption(
      new Option('--flavor <flavor>', 'Markdown output: lossless (reads back exactly, with inline HTML) or plain (CommonMark + GFM only, for chats, e-mail, comments; losses reported)')
        .choices(['lossless', 'plain'])
        .default('lossless')
    )
    .option('--strict', 'exit 1 when the conversion loses anything (the output is still written; the messages go to stderr)')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        "  printf '**Done**: shipped\\n\\n- [x] load test\\n' | okr-content convert --to json",
        "  printf '<p><b>Done</b>: shipped</p>' | okr-content convert --from html --to md",
        "  printf '<p>Ask <at id=\"ou_1\"></at>, <span style=\"color: red\">late</span></p>' | okr-content convert --from html --to md --flavor plain",
        "  printf '# W23\\n\\nAll **green**\\n' | okr-content convert --to html --document",
        "  printf 'Ship **v2**\\n' | okr-content convert --to json --wire v2"
      ].join('\n')
    )
    .action(async (file: string | undefined, options: ConvertOptions) => {
      const fromStdin = file === undefined || file === '-'
      const from = options.from ?? (fromStdin ? 'md' : formatOf(file))
      if (!from) throw new CliError(`cannot tell the format of ${file}: give --from md|html|json`)
      const to = options.to ?? formatOf(options.output) ?? (from === 'json' ? 'md' : 'json')
      const people = await readPeople(options.people, io)
      const {text, name} = await readInput(file, io)
      const messages = messageCollector(name, options.strict === true, io)
      const wire = {wire: options.wire, userIdType: options.userIdType, onMessage: messages.onMessage}
      const content = readContent(from, text, name, {...wire, people})
      const output = writeContent(to, content, {...wire, document: options.document === true, people, flavor: options.flavor})
      if (options.output) await writeFile(path.resolve(io.cwd ?? process.cwd(), options.output), output)
      else io.stdout(output)
      messages.finish()
    })
}

interface Wire {
  wire: 'v1' | 'v2'
  userIdType: UserIdType
  onMessage: (message: VFileMessage) => void
}

/** JSON input: a bare content tree, `{content}` (a create body or record data), or a response envelope; v1 or v2. */
function readContent(from: Format, text: string, name: string, wire: Wire & {people: People | undefined}): Content {
  if (from === 'md') return markdownToContent(text, {onMessage: wire.onMessage, people: wire.people})
  if (from === 'html') return htmlToContent(text, wire)
  const value = unwrapResponse(parseJson(text, name), name)
  const content = typeof value === 'object' && value !== null && 'content' in value ? (value as {content: unknown}).content : value
  return wire.wire === 'v2' ? contentFromV2(content as ContentV2Input, wire) : validateContent(content)
}

function writeContent(
  to: Format,
  content: Content,
  options: Wire & {document: boolean; people: People | undefined; flavor: 'lossless' | 'plain'}
): string {
  const {flavor, wire: _wire, userIdType: _userIdType, ...htmlOptions} = options
  const output =
    to === 'json'
      ? JSON.stringify(options.wire === 'v2' ? contentToV2(content, options) : content, null, 2)
      : to === 'md'
        ? contentToMarkdown(content, {people: options.people, flavor, onMessage: options.onMessage})
        : contentToHtml(content, htmlOptions)
  return output.endsWith('\n') ? output : `${output}\n`
}
