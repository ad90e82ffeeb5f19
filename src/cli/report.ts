import type {VFileMessage} from '../messages.js'
import type {CliIo} from './io.js'

/** How many messages of one rule are printed before the rest are summed up. */
const messagesPerRule = 20

/** Exit 1: `--strict`, and the conversion lost something (the output was written). */
export class StrictFailure extends Error {}

/** `file:line:column: reason [rule-id]` (without a known place: `file: reason [rule-id]`). */
function formatMessage(message: VFileMessage, name: string): string {
  const place = message.line ? `${name}:${message.line}:${message.column ?? 1}` : name
  return `${place}: ${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`
}

/**
 * Collects a conversion's messages: `finish` prints them to stderr, the first
 * {@link messagesPerRule} of each rule in full and then one line with how many
 * more (`report.md: … and 4,842 more [heading]`), and with `strict` fails when
 * there were any.
 */
export function messageCollector(name: string, strict: boolean, io: CliIo) {
  const messages: VFileMessage[] = []
  return {
    onMessage: (message: VFileMessage) => void messages.push(message),
    finish() {
      const counts = new Map<string, number>()
      for (const message of messages) {
        const rule = message.ruleId ?? ''
        const count = (counts.get(rule) ?? 0) + 1
        counts.set(rule, count)
        if (count <= messagesPerRule) io.stderr(`${formatMessage(message, name)}\n`)
      }
      for (const [rule, count] of counts) {
        if (count > messagesPerRule) {
          io.stderr(`${name}: … and ${(count - messagesPerRule).toLocaleString('en-US')} more${rule ? ` [${rule}]` : ''}\n`)
        }
      }
      if (strict && messages.length > 0) {
        throw new StrictFailure(`${messages.length.toLocaleString('en-US')} conversion message${messages.length === 1 ? '' : 's'} with --strict`)
      }
    }
  }
}

/**
 * The lines shown for an error: its first line, then, for an error that lists
 * issues (a validation error), every issue on a line of its own with its path.
 */
export function errorLines(error: unknown): string[] {
  if (!(error instanceof Error)) return [String(error)]
  const first = error.message.split('\n')[0]!.replace(/:$/, '')
  const issues = (error as {issues?: Array<{path: string; message: string}>}).issues
  if (!Array.isArray(issues) || issues.length === 0) return [first]
  return [`${first}:`, ...issues.map((issue) => `  ${issue.path ? `${issue.path}: ` : ''}${issue.message}`)]
}
