import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {contentToHtml, htmlToContent} from '../src/html/index.js'
import {contentToMarkdown, markdownToContent} from '../src/markdown/index.js'
import {normalizeContent} from '../src/model/normalize.js'
import type {Content} from '../src/model/types.js'
import {validateContent} from '../src/model/validate.js'

/**
 * `test/fixtures/<format>/<case>/`, one shape for both formats: `input.md`
 * or `input.html` → `output.json` (the tree, exactly), `output.md` or
 * `output.html` (the tree written back), `messages.json` (the losses, as
 * `line:column rule-id`; no file: none). Whatever was read writes and reads
 * back to the same tree. `UPDATE_FIXTURES=1 npx vitest run test/fixtures.test.ts`
 * rewrites the outputs: review every change by hand before committing it.
 */
const fixtures = path.join(import.meta.dirname, 'fixtures')
const update = process.env.UPDATE_FIXTURES === '1'

interface Format {
  extension: 'md' | 'html'
  read: (input: string, onMessage: (message: VFileMessage) => void) => Content
  write: (content: Content) => string
}

const formats: Record<'markdown' | 'html', Format> = {
  markdown: {extension: 'md', read: (input, onMessage) => markdownToContent(input, {onMessage}), write: (content) => contentToMarkdown(content)},
  html: {extension: 'html', read: (input, onMessage) => htmlToContent(input, {onMessage}), write: (content) => contentToHtml(content)}
}

/** `file` holds `actual`; `undefined`: there is no such file. */
function expectFile(file: string, actual: string | undefined): void {
  if (update) {
    if (actual === undefined) rmSync(file, {force: true})
    else writeFileSync(file, actual)
  }
  expect(actual).toBe(existsSync(file) ? readFileSync(file, 'utf8') : undefined)
}

for (const [name, format] of Object.entries(formats)) {
  describe(`${name} fixtures`, () => {
    for (const fixture of readdirSync(path.join(fixtures, name)).sort()) {
      it(fixture, () => {
        const folder = path.join(fixtures, name, fixture)
        const messages: VFileMessage[] = []
        const content = format.read(readFileSync(path.join(folder, `input.${format.extension}`), 'utf8'), (message) => messages.push(message))
        validateContent(content)
        const written = format.write(content)
        expectFile(path.join(folder, 'output.json'), `${JSON.stringify(content, null, 2)}\n`)
        expectFile(path.join(folder, `output.${format.extension}`), written)
        const reported = messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
        expectFile(path.join(folder, 'messages.json'), reported.length > 0 ? `${JSON.stringify(reported, null, 2)}\n` : undefined)
        expect(normalizeContent(format.read(written, () => {}))).toEqual(normalizeContent(content))
      })
    }
  })
}
