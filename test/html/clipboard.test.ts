import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {htmlToContent} from '../../src/html/index.js'
import {contentIssues} from '../../src/model/validate.js'
import {contentWords, firstMissing, visibleWords} from './visible-words.js'

const root = fileURLToPath(new URL('../fixtures/clipboard/', import.meta.url))
const files = fs
  .readdirSync(root, {recursive: true, encoding: 'utf8'})
  .filter((file) => file.endsWith('.html'))
  .sort()

describe('clipboard corpus (test/fixtures/clipboard, SOURCES.md)', () => {
  it('holds at least 100 captures with words to keep, each with its source noted', () => {
    expect(files.length).toBeGreaterThanOrEqual(100)
    const withWords = files.filter((file) => visibleWords(fs.readFileSync(path.join(root, file), 'utf8')).length > 0)
    expect(withWords.length).toBeGreaterThanOrEqual(100)
    const sources = fs.readFileSync(path.join(root, 'SOURCES.md'), 'utf8')
    for (const file of files) expect(sources, file).toContain(`| \`${file.split(path.sep).join('/')}\` |`)
  })

  it.each(files)('%s: converts, validates, keeps every visible word apart', (file) => {
    const html = fs.readFileSync(path.join(root, file), 'utf8')
    const content = htmlToContent(html, {onMessage() {}})
    expect(contentIssues(content)).toEqual([])
    const visible = visibleWords(html)
    expect(firstMissing(visible, contentWords(content))).toBeUndefined()
  })
})
