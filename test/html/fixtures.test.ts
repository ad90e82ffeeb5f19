import {existsSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {contentToHtml, htmlToContent} from '../../src/html/index.js'
import {normalizeContent} from '../../src/model/normalize.js'
import {validateContent} from '../../src/model/validate.js'

/**
 * `fixtures/html/<case>/input.html` → `output.json`, with the rule ids of the
 * expected messages in `messages.json` (no file: no message).
 * `UPDATE_FIXTURES=1` rewrites them: review every written file by hand.
 */
const root = path.resolve(import.meta.dirname, '../..')
const fixtures = path.join(root, 'fixtures/html')
const update = process.env.UPDATE_FIXTURES === '1'

describe('HTML fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, () => {
      const folder = path.join(fixtures, name)
      const html = readFileSync(path.join(folder, 'input.html'), 'utf8')
      const ruleIds: string[] = []
      const content = htmlToContent(html, {onMessage: (message) => ruleIds.push(message.ruleId!)})
      validateContent(content)
      const outputFile = path.join(folder, 'output.json')
      const messagesFile = path.join(folder, 'messages.json')
      if (update) {
        writeFileSync(outputFile, JSON.stringify(content, null, 2) + '\n')
        if (ruleIds.length > 0) writeFileSync(messagesFile, JSON.stringify(ruleIds) + '\n')
        else rmSync(messagesFile, {force: true})
      }
      expect(content).toEqual(JSON.parse(readFileSync(outputFile, 'utf8')))
      expect(ruleIds).toEqual(existsSync(messagesFile) ? JSON.parse(readFileSync(messagesFile, 'utf8')) : [])
      // Whatever was read writes and reads back to the same tree.
      expect(normalizeContent(htmlToContent(contentToHtml(content)))).toEqual(normalizeContent(content))
    })
  }
})

describe('seed examples (Feishu API documents)', () => {
  const seeds = path.join(root, 'fixtures/seeds')
  for (const name of readdirSync(seeds).filter((file) => file.endsWith('.json'))) {
    it(`${name} round-trips exactly`, () => {
      const json = JSON.parse(readFileSync(path.join(seeds, name), 'utf8'))
      const content = validateContent(json.content ?? json.data?.content)
      const ruleIds: string[] = []
      const html = contentToHtml(content, {onMessage: (message) => ruleIds.push(message.ruleId!)})
      expect(ruleIds).toEqual([])
      expect(normalizeContent(htmlToContent(html))).toEqual(normalizeContent(content))
      expect(normalizeContent(htmlToContent(contentToHtml(content, {styles: 'classes', document: true})))).toEqual(
        normalizeContent(content)
      )
    })
  }
})
