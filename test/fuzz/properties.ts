/**
 * The never-throw and round-trip properties, for long fuzzing runs
 * (`npm run fuzz`: 100,000 runs each, seed printed up front) and for a short
 * run in CI (`fuzz.test.ts`). Plain functions, no test framework: a failure
 * throws fast-check's report (seed, path, counterexample).
 */
import {isDeepStrictEqual} from 'node:util'
import fc from 'fast-check'
import type {VFileMessage} from 'vfile-message'
import * as arbitrary from '../../src/arbitraries/index.js'
import {contentToHtml, htmlToContent} from '../../src/html/index.js'
import {contentToMarkdown, markdownToContent} from '../../src/markdown/index.js'
import {rules} from '../../src/messages.js'
import {normalizeContent} from '../../src/model/normalize.js'
import {validateContent} from '../../src/model/validate.js'
import {withinUrlPolicy} from '../html/support.js'

function same(actual: unknown, expected: unknown, what: string): void {
  if (!isDeepStrictEqual(actual, expected)) {
    throw new Error(`${what}\nexpected ${JSON.stringify(expected)}\nactual   ${JSON.stringify(actual)}`)
  }
}

/** Every message names one of the documented rules, as `okr-content`. */
function knownRules(messages: VFileMessage[]): void {
  for (const message of messages) {
    if (typeof message.ruleId !== 'string' || !Object.hasOwn(rules, message.ruleId) || message.source !== 'okr-content') {
      throw new Error(`message with an unknown rule: ${String(message.ruleId)} (${message.source}): ${message.reason}`)
    }
  }
}

const anyString = fc.oneof(fc.string(), fc.string({unit: 'binary'}), fc.string({unit: 'grapheme'}))

export const properties: Array<{name: string; property: fc.IProperty<any>}> = [
  {
    name: 'markdownToContent never throws, output validates, messages name a rule',
    property: fc.property(fc.oneof(anyString, arbitrary.markdownish()), (markdown) => {
      const messages: VFileMessage[] = []
      validateContent(markdownToContent(markdown, {onMessage: (message) => messages.push(message)}))
      knownRules(messages)
    })
  },
  {
    name: 'htmlToContent never throws, output validates, messages name a rule',
    property: fc.property(fc.oneof(anyString, arbitrary.htmlish(), fc.array(arbitrary.htmlish(), {maxLength: 8}).map((parts) => parts.join(''))), (html) => {
      const messages: VFileMessage[] = []
      validateContent(htmlToContent(html, {onMessage: (message) => messages.push(message)}))
      knownRules(messages)
    })
  },
  {
    name: 'content → Markdown → content is the identity (within the URL policy)',
    property: fc.property(arbitrary.content(), (content) => {
      same(normalizeContent(markdownToContent(contentToMarkdown(content))), normalizeContent(withinUrlPolicy(content)), 'Markdown round trip')
    })
  },
  {
    name: 'content → HTML → content is the identity (within the URL policy)',
    property: fc.property(arbitrary.content(), (content) => {
      same(normalizeContent(htmlToContent(contentToHtml(content))), normalizeContent(withinUrlPolicy(content)), 'HTML round trip')
    })
  },
  {
    name: 'Markdown → content → Markdown → content is stable after the first pass',
    property: fc.property(arbitrary.markdownish(), (markdown) => {
      const once = normalizeContent(markdownToContent(markdown))
      same(normalizeContent(markdownToContent(contentToMarkdown(once))), once, 'Markdown re-read')
    })
  }
]

/** Run every property with `numRuns` runs from `seed`; throws on the first failure. */
export function runProperties(numRuns: number, seed: number, log: (line: string) => void = () => {}): void {
  for (const {name, property} of properties) {
    const start = performance.now()
    fc.assert(property, {numRuns, seed})
    log(`ok  ${name}  (${numRuns} runs, ${((performance.now() - start) / 1000).toFixed(1)} s)`)
  }
}
