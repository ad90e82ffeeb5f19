import {describe, expect, it} from 'vitest'
import {ContentValidationError, contentIssues, validateContent} from '../../src/index.js'

const valid = {
  blocks: [
    {
      type: 'paragraph',
      paragraph: {
        style: {list: {type: 'number', indentLevel: 1, number: 1}},
        elements: [{type: 'textRun', textRun: {text: 'a', style: {bold: true}}}]
      }
    }
  ]
}

function withList(list: unknown) {
  return {blocks: [{type: 'paragraph', paragraph: {style: {list}, elements: []}}]}
}

function withElement(element: unknown) {
  return {blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'ok'}}, element]}}]}
}

function withImage(image: unknown) {
  return {blocks: [{type: 'gallery', gallery: {imageList: [image]}}]}
}

describe('validateContent', () => {
  it('returns a valid tree as it is', () => {
    expect(validateContent(valid)).toBe(valid)
  })

  const invalid: Array<[string, unknown, string, string]> = [
    ['not an object', 'text', '', 'must be an object with a `blocks` array'],
    ['no blocks', {}, 'blocks', 'must be an array'],
    ['unknown block type', {blocks: [{type: 'table'}]}, 'blocks[0].type', 'must be "paragraph" or "gallery"'],
    ['paragraph missing', {blocks: [{type: 'paragraph'}]}, 'blocks[0].paragraph', 'is required'],
    ['elements missing', {blocks: [{type: 'paragraph', paragraph: {}}]}, 'blocks[0].paragraph.elements', 'must be an array'],
    ['indentLevel 0', withList({type: 'bullet', indentLevel: 0}), 'blocks[0].paragraph.style.list.indentLevel', 'must be an integer 1..16'],
    ['indentLevel 17', withList({type: 'bullet', indentLevel: 17}), 'blocks[0].paragraph.style.list.indentLevel', 'must be an integer 1..16'],
    ['indentLevel 1.5', withList({type: 'bullet', indentLevel: 1.5}), 'blocks[0].paragraph.style.list.indentLevel', 'must be an integer 1..16'],
    ['unknown list type', withList({type: 'todo', indentLevel: 1}), 'blocks[0].paragraph.style.list.type', 'must be one of "number", "bullet", "checkBox", "checkedBox", "indent"'],
    ['negative number', withList({type: 'number', indentLevel: 1, number: -1}), 'blocks[0].paragraph.style.list.number', 'must be an integer 0..999999999'],
    ['unknown element', withElement({type: 'emoji'}), 'blocks[0].paragraph.elements[1].type', 'must be "textRun", "docsLink" or "person"'],
    ['text not a string', withElement({type: 'textRun', textRun: {text: 1}}), 'blocks[0].paragraph.elements[1].textRun.text', 'must be a string'],
    ['bold not boolean', withElement({type: 'textRun', textRun: {text: '', style: {bold: 'yes'}}}), 'blocks[0].paragraph.elements[1].textRun.style.bold', 'must be a boolean'],
    ['red 256', withElement({type: 'textRun', textRun: {text: '', style: {textColor: {red: 256, green: 0, blue: 0}}}}), 'blocks[0].paragraph.elements[1].textRun.style.textColor.red', 'must be an integer 0..255'],
    ['alpha 2', withElement({type: 'textRun', textRun: {text: '', style: {backColor: {red: 0, green: 0, blue: 0, alpha: 2}}}}), 'blocks[0].paragraph.elements[1].textRun.style.backColor.alpha', 'must be a number 0..1'],
    ['link without url', withElement({type: 'textRun', textRun: {text: '', style: {link: {}}}}), 'blocks[0].paragraph.elements[1].textRun.style.link.url', 'must be a string'],
    ['docsLink without url', withElement({type: 'docsLink', docsLink: {title: 't'}}), 'blocks[0].paragraph.elements[1].docsLink.url', 'must be a string'],
    ['person without openId', withElement({type: 'person', person: {}}), 'blocks[0].paragraph.elements[1].person.openId', 'must be a non-empty string'],
    ['person field missing', withElement({type: 'person'}), 'blocks[0].paragraph.elements[1].person', 'is required'],
    ['image without token or src', withImage({width: 3}), 'blocks[0].gallery.imageList[0]', 'must have a `fileToken` or a `src`'],
    ['image width 0', withImage({src: 'https://a.b/c.png', width: 0}), 'blocks[0].gallery.imageList[0].width', 'must be a positive number'],
    ['image height NaN', withImage({fileToken: 'box1', height: Number.NaN}), 'blocks[0].gallery.imageList[0].height', 'must be a positive number']
  ]

  for (const [name, value, path, message] of invalid) {
    it(`rejects ${name} at ${path || 'the root'}`, () => {
      expect(() => validateContent(value)).toThrow(ContentValidationError)
      expect(contentIssues(value)).toContainEqual({path, message})
    })
  }

  it('lists every problem, not only the first', () => {
    const value = {blocks: [{type: 'paragraph', paragraph: {style: {list: {type: 'x', indentLevel: 0}}, elements: [{type: 'textRun', textRun: {}}]}}]}
    expect(contentIssues(value).map((issue) => issue.path)).toEqual([
      'blocks[0].paragraph.style.list.type',
      'blocks[0].paragraph.style.list.indentLevel',
      'blocks[0].paragraph.elements[0].textRun.text'
    ])
  })

  it('names the path and the rule in the error message', () => {
    expect(() => validateContent(withList({type: 'bullet', indentLevel: 20}))).toThrow(
      'blocks[0].paragraph.style.list.indentLevel: must be an integer 1..16'
    )
  })
})
