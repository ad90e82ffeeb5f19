import {Command, Option} from 'commander'
import {
  keyResultCreateFromMarkdown,
  keyResultPatchFromMarkdown,
  objectiveCreateFromMarkdown,
  objectivePatchFromMarkdown
} from '../../v2/request.js'
import {CliError, type CliIo, readInput} from '../io.js'
import {messageCollector} from '../report.js'

interface BodyOptions {
  patch?: boolean
  notes?: string
  deadline?: string
  weight?: string
  score?: string
  categoryId?: string
  strict?: boolean
}

/**
 * `okr-content objective` and `okr-content key-result`: the `data` of the
 * OKR v2 calls that write rich text (create, or `--patch`), from Markdown.
 */
export function objectiveCommand(io: CliIo): Command {
  return bodyCommand(io, 'objective', 'print the data of an OKR v2 objective create (or --patch) call, as JSON')
    .option('--notes <file>', "the objective's notes (Markdown)")
    .option('--weight <number>', 'weight, 0..1 with at most three decimals (create only)')
    .option('--category-id <id>', 'the category')
    .addHelpText(
      'after',
      [
        '',
        'Example:',
        "  printf 'Ship the **payments gateway** to 100%% of traffic\\n' | okr-content objective - --deadline 2026-12-31 --weight 0.4"
      ].join('\n')
    )
}

export function keyResultCommand(io: CliIo): Command {
  return bodyCommand(io, 'key-result', 'print the data of an OKR v2 key result create (or --patch) call, as JSON').addHelpText(
    'after',
    ['', 'Example:', "  printf 'P99 latency under **200 ms**\\n' | okr-content key-result - --patch --score 0.5"].join('\n')
  )
}

function bodyCommand(io: CliIo, name: 'objective' | 'key-result', description: string): Command {
  return new Command(name)
    .description(description)
    .argument('<content>', 'the content (Markdown), or - for stdin')
    .option('--patch', 'the data of the patch call instead of create')
    .option('--deadline <date>', 'deadline: a date (2026-12-31), a date and time, or milliseconds since the epoch')
    .option('--score <number>', 'score, 0..1 with at most one decimal')
    .addOption(new Option('--strict', 'exit 1 when the conversion loses anything (the data is still written)'))
    .action(async (file: string, options: BodyOptions) => {
      const {text, name: inputName} = await readInput(file, io)
      const notes = options.notes === undefined ? undefined : (await readInput(options.notes, io)).text
      const messages = messageCollector(inputName, options.strict === true, io)
      const fields = {
        content: text,
        ...(options.deadline === undefined ? {} : {deadline: deadlineOf(options.deadline)}),
        ...(options.score === undefined ? {} : {score: numberOf(options.score)}),
        ...(notes === undefined ? {} : {notes}),
        ...(options.weight === undefined ? {} : {weight: numberOf(options.weight)}),
        ...(options.categoryId === undefined ? {} : {categoryId: options.categoryId})
      }
      const convert = {onMessage: messages.onMessage}
      const data =
        name === 'objective'
          ? options.patch
            ? objectivePatchFromMarkdown(withoutWeight(fields), convert)
            : objectiveCreateFromMarkdown(fields, convert)
          : options.patch
            ? keyResultPatchFromMarkdown(keyResultFields(fields), convert)
            : keyResultCreateFromMarkdown(keyResultFields(fields), convert)
      io.stdout(`${JSON.stringify(data, null, 2)}\n`)
      messages.finish()
    })
}

/** Only a plain decimal is a number here (`0x10` and `''` are not): the builder then says what is wrong. */
function numberOf(value: string): number {
  return /^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN
}

function deadlineOf(value: string): Date | string {
  if (/^\d+$/.test(value)) return value
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) throw new CliError(`--deadline: not a date: ${value}`)
  return date
}

function withoutWeight<T extends {weight?: number}>(fields: T): Omit<T, 'weight'> {
  if (fields.weight !== undefined) throw new CliError('--weight: objective patch does not change weights')
  const {weight: _weight, ...rest} = fields
  return rest
}

function keyResultFields(fields: {content: string; deadline?: Date | string; score?: number; notes?: string; weight?: number; categoryId?: string}) {
  const {content, deadline, score} = fields
  return {content, ...(deadline === undefined ? {} : {deadline}), ...(score === undefined ? {} : {score})}
}
