/**
 * The `okr-content` command line, as a function of its arguments and
 * injected standard streams (so tests run it in process). One module per
 * command (`commands/`). Exit codes: 0 ok, 1 `--strict` and a conversion
 * lost something (the output is written first, as `remark --frail` does),
 * 2 usage or bad input, 3 the API answered with an error (`--post`).
 */
import {Command, CommanderError} from 'commander'
import {convertCommand} from './commands/convert.js'
import {keyResultCommand, objectiveCommand} from './commands/okr-v2.js'
import {ApiFailureExit, progressCommand} from './commands/progress.js'
import {renderCommand} from './commands/render.js'
import type {CliIo} from './io.js'
import {errorLines, StrictFailure} from './report.js'


/** Exit codes. */
const exitCodes = {ok: 0, strict: 1, usage: 2, api: 3} as const

/** Run the CLI with `argv` (without `node` and the script) and return the exit code. */
export async function run(argv: string[], io: CliIo, version = '0.0.0'): Promise<number> {
  const program = new Command('okr-content')
    .description('Convert Markdown and HTML to and from the Feishu/Lark OKR progress-record rich text.')
    .version(version, '-v, --version')
    .configureOutput({writeOut: io.stdout, writeErr: io.stderr, outputError: () => {}})
    .exitOverride()
    .showSuggestionAfterError(true)
  for (const command of [convertCommand(io), progressCommand(io), renderCommand(io), objectiveCommand(io), keyResultCommand(io)]) {
    program.addCommand(command.exitOverride().configureOutput({writeOut: io.stdout, writeErr: io.stderr, outputError: () => {}}))
  }

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
    if (error instanceof ApiFailureExit) {
      io.stderr(`okr-content: ${error.message}\n`)
      return exitCodes.api
    }
    if (error instanceof StrictFailure) {
      io.stderr(`okr-content: ${error.message}\n`)
      return exitCodes.strict
    }
    const [first, ...rest] = errorLines(error)
    io.stderr(`okr-content: ${first}\n${rest.map((line) => `${line}\n`).join('')}`)
    return exitCodes.usage
  }
}
