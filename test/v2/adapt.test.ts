import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {rules, type RuleId} from '../../src/messages.js'
import {content, paragraph, person, textRun} from '../../src/model/build.js'
import type {Content} from '../../src/model/types.js'
import {ContentValidationError, contentFromV2, contentToV2, type ContentV2} from '../../src/v2/index.js'

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/v2/${name}`, import.meta.url), 'utf8'))
const v1: Content = fixture('content-v1.json')
const v2: ContentV2 = fixture('content-v2.json')

/** What a message adds to its rule's reason: ` (path: detail)`. */
function detail(message: VFileMessage): string {
  return message.reason.slice(rules[message.ruleId as RuleId].length)
}

function collect() {
  const messages: VFileMessage[] = []
  return {messages, onMessage: (message: VFileMessage) => messages.push(message)}
}

const mention = (userId: string): ContentV2 => ({
  blocks: [{block_element_type: 'paragraph', paragraph: {elements: [
    {paragraph_element_type: 'textRun', text_run: {text: 'with '}},
    {paragraph_element_type: 'mention', mention: {user_id: userId}}
  ]}}]
})

describe('contentToV2 / contentFromV2: the mapping, field by field (fixtures/v2)', () => {
  it('maps every field of the v1 fixture to the v2 fixture, and back', () => {
    expect(contentToV2(v1)).toStrictEqual(v2)
    expect(contentFromV2(v2)).toStrictEqual(v1)
  })

  it('is pure: returns new objects and leaves its input as it was', () => {
    const before = structuredClone(v1)
    const result = contentToV2(v1)
    expect(v1).toStrictEqual(before)
    const back = contentFromV2(result)
    back.blocks.pop()
    expect(result).toStrictEqual(v2)
  })

  it('carries `number` on any list kind, and an empty `style` (v1 normalization decides what they show, not the adapter)', () => {
    const tree: Content = {blocks: [{type: 'paragraph', paragraph: {style: {list: {type: 'bullet', indentLevel: 3, number: 7}}, elements: []}}]}
    expect(contentToV2(tree).blocks[0]).toStrictEqual({
      block_element_type: 'paragraph',
      paragraph: {style: {list: {list_type: 'bullet', indent_level: 3, number: 7}}, elements: []}
    })
  })

  it('takes an SDK response\'s content as it is (a progress list item)', () => {
    const item = fixture('objective-progress-list-response.json').data.items[0]
    expect(contentFromV2(item.content).blocks[0]).toStrictEqual(
      paragraph([textRun('Load test passed', {bold: true}), textRun(', thanks to '), person('ou_b1ba99a5340289d7af30839fd95ce1ee')])
    )
  })
})

describe('mentions and the ID type (userIdType)', () => {
  it('open_id (the default): openId ⇄ user_id, silently', () => {
    const {messages, onMessage} = collect()
    const tree = content(paragraph([textRun('with '), person('ou_1')]))
    expect(contentToV2(tree, {onMessage})).toStrictEqual(mention('ou_1'))
    expect(contentFromV2(mention('ou_1'), {userIdType: 'open_id', onMessage})).toStrictEqual(tree)
    expect(messages).toEqual([])
  })

  it('open_id: a fetched person\'s userId has no place in v2: dropped and reported with its path', () => {
    const {messages, onMessage} = collect()
    expect(contentToV2(content(paragraph([textRun('with '), person('ou_1', '7012')])), {onMessage})).toStrictEqual(mention('ou_1'))
    expect(messages.map((message) => [message.ruleId, message.source, message.fatal, message.reason])).toEqual([
      ['mention-second-id', 'okr-content', false, `${rules['mention-second-id']} (blocks[0].paragraph.elements[1]: userId "7012")`]
    ])
  })

  it('user_id: a person\'s userId becomes the user_id (its openId is reported); a person without one is dropped', () => {
    const {messages, onMessage} = collect()
    const tree = content(paragraph([textRun('with '), person('ou_1', '7012')]), paragraph([person('ou_2')]))
    const result = contentToV2(tree, {userIdType: 'user_id', onMessage})
    expect(result.blocks[0]).toStrictEqual(mention('7012').blocks[0])
    expect(result.blocks[1]).toStrictEqual({block_element_type: 'paragraph', paragraph: {elements: []}})
    expect(messages.map((message) => [message.ruleId, detail(message)])).toEqual([
      ['mention-second-id', ' (blocks[0].paragraph.elements[1]: openId "ou_1")'],
      ['mention-id-type', ' (blocks[1].paragraph.elements[0]: the person has no user_id (openId "ou_2"))']
    ])
  })

  it('union_id: no v1 person has one: every mention is dropped and reported', () => {
    const file = new VFile({path: 'objective.json'})
    const result = contentToV2(content(paragraph([person('ou_1', '7012'), textRun('!')])), {userIdType: 'union_id', file})
    expect(result).toStrictEqual({blocks: [{block_element_type: 'paragraph', paragraph: {elements: [{paragraph_element_type: 'textRun', text_run: {text: '!'}}]}}]})
    expect(file.messages.map((message) => [message.ruleId, message.file])).toEqual([['mention-id-type', 'objective.json']])
  })

  for (const userIdType of ['union_id', 'user_id'] as const) {
    it(`from v2 under ${userIdType}: a v1 person needs an open_id, so the mention is dropped and reported, never guessed`, () => {
      const {messages, onMessage} = collect()
      expect(contentFromV2(mention('on_abc'), {userIdType, onMessage})).toStrictEqual(content(paragraph([textRun('with ')])))
      expect(messages.map((message) => [message.ruleId, detail(message)])).toEqual([
        ['mention-id-type', ` (blocks[0].paragraph.elements[1]: user_id "on_abc" is a ${userIdType}, not an open_id)`]
      ])
    })
  }

  it('refuses an unknown ID type, naming the option', () => {
    expect(() => contentToV2(v1, {userIdType: 'email' as 'open_id'})).toThrow('userIdType: must be "open_id", "union_id" or "user_id" (got "email")')
  })
})

describe('bad input gets the path and the rule', () => {
  it('contentFromV2: v2 paths', () => {
    const bad = {blocks: [{block_element_type: 'paragraph', paragraph: {style: {list: {list_type: 'bullet', indent_level: 17}}, elements: []}}]}
    expect(() => contentFromV2(bad as ContentV2)).toThrow(ContentValidationError)
    expect(() => contentFromV2(bad as ContentV2)).toThrow('blocks[0].paragraph.style.list.indent_level: must be an integer 1..16')
  })

  it('contentToV2: v1 paths', () => {
    expect(() => contentToV2({blocks: [{type: 'gallery', gallery: {imageList: [{}]}}]})).toThrow('blocks[0].gallery.imageList[0]: must have a `fileToken` or a `src`')
  })

  it('contentFromV2 of a v1 tree says what is wrong instead of crashing', () => {
    expect(() => contentFromV2(v1 as unknown as ContentV2)).toThrow('blocks[0].block_element_type: must be "paragraph" or "gallery"')
  })
})
