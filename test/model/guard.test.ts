import {describe, expect, it} from 'vitest'
import {contentToHast, contentToHtml} from '../../src/html/index.js'
import {contentToMarkdown, contentToMdast} from '../../src/markdown/index.js'
import {ContentValidationError} from '../../src/model/validate.js'

const writers = {contentToHtml, contentToHast, contentToMarkdown, contentToMdast}

const bad: Array<[string, unknown, string]> = [
  ['no blocks', {}, 'blocks: must be an array'],
  ['a number as text', {blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 1}}]}}]}, 'blocks[0].paragraph.elements[0].textRun.text: must be a string'],
  ['no elements', {blocks: [{type: 'paragraph', paragraph: {}}]}, 'blocks[0].paragraph.elements: must be an array']
]

describe('writers on invalid trees', () => {
  for (const [writer, write] of Object.entries(writers)) {
    for (const [name, value, message] of bad) {
      it(`${writer} names the path and the rule: ${name}`, () => {
        expect(() => write(value as never)).toThrow(ContentValidationError)
        expect(() => write(value as never)).toThrow(message)
      })
    }
  }
})
