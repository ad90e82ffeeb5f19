import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {contentToMarkdown, markdownToContent} from '../../src/markdown/index.js'
import {normalizeContent} from '../../src/model/normalize.js'
import {validateContent} from '../../src/model/validate.js'

/**
 * `fixtures/markdown/<case>/`: `input.md` → `output.json` (the tree, exactly),
 * `output.md` (the tree written back), `messages.json` (the losses reported,
 * as `line:column rule-id`). `UPDATE_FIXTURES=1` rewrites the outputs: review
 * every change by hand before committing it.
 */
const root = new URL('../../fixtures/markdown/', import.meta.url).pathname
const update = process.env.UPDATE_FIXTURES === '1'

describe('Markdown fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name)
    it(name, () => {
      const input = readFileSync(join(dir, 'input.md'), 'utf8')
      const messages: VFileMessage[] = []
      const content = markdownToContent(input, {onMessage: (message) => messages.push(message)})
      const reported = messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
      const markdown = contentToMarkdown(content)

      if (update) {
        writeFileSync(join(dir, 'output.json'), JSON.stringify(content, null, 2) + '\n')
        writeFileSync(join(dir, 'output.md'), markdown)
        writeFileSync(join(dir, 'messages.json'), JSON.stringify(reported, null, 2) + '\n')
      }

      expect(content).toEqual(JSON.parse(readFileSync(join(dir, 'output.json'), 'utf8')))
      expect(markdown).toBe(readFileSync(join(dir, 'output.md'), 'utf8'))
      const expectedMessages = join(dir, 'messages.json')
      expect(reported).toEqual(existsSync(expectedMessages) ? JSON.parse(readFileSync(expectedMessages, 'utf8')) : [])
      validateContent(content)
      expect(normalizeContent(markdownToContent(markdown))).toEqual(normalizeContent(content))
    })
  }
})
