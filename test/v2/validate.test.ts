import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ContentValidationError, contentIssuesV2, validateContentV2} from '../../src/v2/index.js'

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/v2/${name}`, import.meta.url), 'utf8'))

function withList(list: unknown) {
  return {blocks: [{block_element_type: 'paragraph', paragraph: {style: {list}, elements: []}}]}
}

function withElement(element: unknown) {
  return {blocks: [{block_element_type: 'paragraph', paragraph: {elements: [{paragraph_element_type: 'textRun', text_run: {text: 'ok'}}, element]}}]}
}

function withImage(image: unknown) {
  return {blocks: [{block_element_type: 'gallery', gallery: {images: [image]}}]}
}

describe('validateContentV2', () => {
  it('returns a valid tree as it is: every field of the mapping fixture, and a progress list item of the SDK', () => {
    const tree = fixture('content-v2.json')
    expect(validateContentV2(tree)).toBe(tree)
    expect(contentIssuesV2(fixture('objective-progress-list-response.json').data.items[0].content)).toEqual([])
  })

  it('rejects a v1 tree, naming the v2 fields it lacks', () => {
    expect(contentIssuesV2(fixture('content-v1.json'))[0]).toEqual({path: 'blocks[0].block_element_type', message: 'must be "paragraph" or "gallery"'})
  })

  const invalid: Array<[string, unknown, string, string]> = [
    ['not an object', 'text', '', 'must be an object with a `blocks` array'],
    ['no blocks (the SDK declares `blocks` optional; the tree needs it)', {}, 'blocks', 'must be an array'],
    ['no block kind', {blocks: [{paragraph: {elements: []}}]}, 'blocks[0].block_element_type', 'must be "paragraph" or "gallery"'],
    ['paragraph missing', {blocks: [{block_element_type: 'paragraph'}]}, 'blocks[0].paragraph', 'is required'],
    ['elements missing', {blocks: [{block_element_type: 'paragraph', paragraph: {}}]}, 'blocks[0].paragraph.elements', 'must be an array'],
    ['indent_level 0', withList({list_type: 'bullet', indent_level: 0}), 'blocks[0].paragraph.style.list.indent_level', 'must be an integer 1..16'],
    ['indent_level missing', withList({list_type: 'bullet'}), 'blocks[0].paragraph.style.list.indent_level', 'must be an integer 1..16'],
    ['v1 name `type` on a list', withList({type: 'bullet', indent_level: 1}), 'blocks[0].paragraph.style.list.list_type', 'must be one of "number", "bullet", "checkBox", "checkedBox", "indent"'],
    ['negative number', withList({list_type: 'number', indent_level: 1, number: -1}), 'blocks[0].paragraph.style.list.number', 'must be an integer 0..999999999'],
    ['v1 element kind person', withElement({paragraph_element_type: 'person', person: {openId: 'ou_1'}}), 'blocks[0].paragraph.elements[1].paragraph_element_type', 'must be "textRun", "docsLink" or "mention"'],
    ['text_run missing', withElement({paragraph_element_type: 'textRun', textRun: {text: 'a'}}), 'blocks[0].paragraph.elements[1].text_run', 'is required'],
    ['text not a string', withElement({paragraph_element_type: 'textRun', text_run: {text: 1}}), 'blocks[0].paragraph.elements[1].text_run.text', 'must be a string'],
    ['strike_through not boolean', withElement({paragraph_element_type: 'textRun', text_run: {text: '', style: {strike_through: 1}}}), 'blocks[0].paragraph.elements[1].text_run.style.strike_through', 'must be a boolean'],
    ['red 256', withElement({paragraph_element_type: 'textRun', text_run: {text: '', style: {text_color: {red: 256, green: 0, blue: 0}}}}), 'blocks[0].paragraph.elements[1].text_run.style.text_color.red', 'must be an integer 0..255'],
    ['alpha 2', withElement({paragraph_element_type: 'textRun', text_run: {text: '', style: {back_color: {red: 0, green: 0, blue: 0, alpha: 2}}}}), 'blocks[0].paragraph.elements[1].text_run.style.back_color.alpha', 'must be a number 0..1'],
    ['link without url', withElement({paragraph_element_type: 'textRun', text_run: {text: '', style: {link: {}}}}), 'blocks[0].paragraph.elements[1].text_run.style.link.url', 'must be a string'],
    ['docs_link without url', withElement({paragraph_element_type: 'docsLink', docs_link: {title: 't'}}), 'blocks[0].paragraph.elements[1].docs_link.url', 'must be a string'],
    ['mention without user_id', withElement({paragraph_element_type: 'mention', mention: {}}), 'blocks[0].paragraph.elements[1].mention.user_id', 'must be a non-empty string'],
    ['mention with an empty user_id', withElement({paragraph_element_type: 'mention', mention: {user_id: ''}}), 'blocks[0].paragraph.elements[1].mention.user_id', 'must be a non-empty string'],
    ['mention field missing', withElement({paragraph_element_type: 'mention'}), 'blocks[0].paragraph.elements[1].mention', 'is required'],
    ['images missing', {blocks: [{block_element_type: 'gallery', gallery: {imageList: []}}]}, 'blocks[0].gallery.images', 'must be an array'],
    ['image without token or src', withImage({width: 3}), 'blocks[0].gallery.images[0]', 'must have a `file_token` or a `src`'],
    ['file_token not a string', withImage({file_token: 7, src: 'https://a.b/c.png'}), 'blocks[0].gallery.images[0].file_token', 'must be a string'],
    ['image width 0', withImage({src: 'https://a.b/c.png', width: 0}), 'blocks[0].gallery.images[0].width', 'must be a positive number']
  ]

  for (const [name, value, path, message] of invalid) {
    it(`rejects ${name} at ${path || 'the root'}`, () => {
      expect(() => validateContentV2(value)).toThrow(ContentValidationError)
      expect(contentIssuesV2(value)).toContainEqual({path, message})
    })
  }

  it('names the path and the rule in the error message', () => {
    expect(() => validateContentV2(withList({list_type: 'bullet', indent_level: 20}))).toThrow(
      'blocks[0].paragraph.style.list.indent_level: must be an integer 1..16'
    )
  })

  it('leaves unknown fields alone (forward compatible)', () => {
    expect(contentIssuesV2({blocks: [{block_element_type: 'paragraph', paragraph: {elements: [], align: 'center'}, id: 1}]})).toEqual([])
  })
})
