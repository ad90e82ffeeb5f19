import {describe, expect, it} from 'vitest'
import {contentToMarkdown, markdownToContent} from '../../src/markdown/index.js'
import {content, paragraph, rgba, textRun} from '../../src/model/build.js'
import {normalizeContent} from '../../src/model/normalize.js'
import type {TextStyle} from '../../src/model/types.js'

/**
 * Every style × every side × every awkward character: a styled run whose
 * edge is the character, between plain neighbours that touch it or not.
 */
const styles: Record<string, TextStyle> = {
  bold: {bold: true},
  strike: {strikeThrough: true},
  link: {link: {url: 'https://example.com/x'}},
  color: {textColor: rgba(216, 57, 49, 0.25)},
  'bold+strike': {bold: true, strikeThrough: true},
  everything: {bold: true, strikeThrough: true, textColor: rgba(1, 2, 3), backColor: rgba(4, 5, 6, 0.5), link: {url: 'https://a.b'}}
}

const characters = [' ', '  ', '\t', '\n', '*', '_', '~', '`', '\\', '<', '>', '&', '[', ']', '(', ')', '!', '#', '|', '.', ',', '-', '+', '1.', '@', ':', '"', '😀', '中', 'a', '\u00a0']

const sides: Record<string, (character: string) => string> = {
  start: (character) => `${character}word`,
  end: (character) => `word${character}`,
  both: (character) => `${character}word${character}`,
  only: (character) => character
}

const neighbours: Record<string, [string, string]> = {
  'word neighbours': ['x', 'y'],
  'space neighbours': ['x ', ' y'],
  'no neighbours': ['', '']
}

describe('escaping: style × side × edge character', () => {
  for (const [styleName, style] of Object.entries(styles)) {
    for (const [sideName, side] of Object.entries(sides)) {
      it(`${styleName}, character at ${sideName}`, () => {
        for (const character of characters) {
          for (const [before, after] of Object.values(neighbours)) {
            const tree = content(paragraph([textRun(before), textRun(side(character), style), textRun(after)]))
            const markdown = contentToMarkdown(tree)
            expect(normalizeContent(markdownToContent(markdown)), JSON.stringify(markdown)).toEqual(normalizeContent(tree))
          }
        }
      })
    }
  }

  it('escapes only where needed', () => {
    expect(contentToMarkdown(content(paragraph([textRun('A plain sentence, with 3 commas, a dash - and a colon: ok.')])))).toBe(
      'A plain sentence, with 3 commas, a dash - and a colon: ok.\n'
    )
  })
})
