import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {contentToMarkdown, markdownToContent} from '../../src/markdown/index.js'
import {parseMarkdown} from '../../src/markdown/from/parse.js'
import type {ContentToMarkdownOptions} from '../../src/markdown/to/index.js'
import {normalizeContent} from '../../src/model/normalize.js'
import {validateContent} from '../../src/model/validate.js'
import {htmlNodes, pathAndRule, shownText} from './plain-support.js'

/**
 * `test/fixtures/markdown-plain/<case>/`: `input.json` (a tree), `options.json`
 * (optional: `people`, `docsLinks` as a boolean) → `output.md` (the tree
 * written with `flavor: 'plain'`), `messages.json` (the losses reported, as
 * `path rule-id`). One case per row of README § Plain Markdown.
 * `UPDATE_FIXTURES=1` rewrites the outputs: review every change by hand
 * before committing it.
 */
const root = new URL('../fixtures/markdown-plain/', import.meta.url).pathname
const update = process.env.UPDATE_FIXTURES === '1'

describe('plain Markdown fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name)
    it(name, () => {
      const content = validateContent(JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8')))
      const optionsFile = join(dir, 'options.json')
      const options: ContentToMarkdownOptions = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {}
      const messages: VFileMessage[] = []
      const markdown = contentToMarkdown(content, {...options, flavor: 'plain', onMessage: (message) => messages.push(message)})
      const reported = messages.map(pathAndRule)

      if (update) {
        writeFileSync(join(dir, 'output.md'), markdown)
        writeFileSync(join(dir, 'messages.json'), JSON.stringify(reported, null, 2) + '\n')
      }

      expect(markdown).toBe(readFileSync(join(dir, 'output.md'), 'utf8'))
      expect(reported).toEqual(JSON.parse(readFileSync(join(dir, 'messages.json'), 'utf8')))
      expect(htmlNodes(parseMarkdown(markdown))).toEqual([])
      const back = markdownToContent(markdown, {docsLinks: options.docsLinks})
      if (reported.length === 0) expect(normalizeContent(back)).toEqual(normalizeContent(content))
      else expect(shownText(back)).toEqual(shownText(content, options.people as Record<string, string> | undefined))
    })
  }
})
