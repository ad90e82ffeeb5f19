import fc from 'fast-check'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import * as arbitrary from '../../src/arbitraries/index.js'
import type {Content, Element} from '../../src/model/types.js'
import {validateContent} from '../../src/model/validate.js'
import {contentFromV2, contentToV2, validateContentV2, type ContentV2, type UserIdType} from '../../src/v2/index.js'
import {runs} from '../support/runs.js'

const userIdTypes: UserIdType[] = ['open_id', 'union_id', 'user_id']

/** The tree with each element replaced by what `replace` gives (nothing: removed). */
function mapElements<T extends {elements: unknown[]}>(tree: {blocks: unknown[]}, replace: (element: any) => unknown[]): any {
  return {
    blocks: tree.blocks.map((block: any) => {
      const payload: T | undefined = block.paragraph
      return payload ? {...block, paragraph: {...payload, elements: payload.elements.flatMap(replace)}} : block
    })
  }
}

/** fc.record builds objects without a prototype: a structured clone makes them plain, for toStrictEqual. */
const plain = <T>(value: T): T => structuredClone(value)

function collect() {
  const messages: VFileMessage[] = []
  return {messages, onMessage: (message: VFileMessage) => messages.push(message)}
}

const withoutUserIds = arbitrary.content().map((tree): Content =>
  mapElements(tree, (element: Element) => [element.type === 'person' ? {type: 'person', person: {openId: element.person.openId}} : element])
)

describe('adapter laws', () => {
  it('v1 → v2 → v1 is the identity (exactly, not only after normalizeContent) when the ID type carries every person: open_id, people without a userId; nothing is reported', () => {
    fc.assert(
      fc.property(withoutUserIds, (tree) => {
        const {messages, onMessage} = collect()
        const v2 = contentToV2(tree, {onMessage})
        expect(validateContentV2(v2)).toBe(v2)
        expect(contentFromV2(v2, {onMessage})).toStrictEqual(plain(tree))
        expect(messages).toEqual([])
      }),
      {numRuns: runs}
    )
  })

  it('v2 → v1 → v2 is the identity (exactly: no v2 normalization is needed) under open_id; nothing is reported', () => {
    fc.assert(
      fc.property(arbitrary.contentV2(), (tree) => {
        const {messages, onMessage} = collect()
        const v1 = contentFromV2(tree, {onMessage})
        expect(validateContent(v1)).toBe(v1)
        expect(contentToV2(v1, {onMessage})).toStrictEqual(plain(tree))
        expect(messages).toEqual([])
      }),
      {numRuns: runs}
    )
  })

  it('v1 → v2, any ID type: a person crosses by the ID of that type or not at all, and every ID left behind is reported once', () => {
    fc.assert(
      fc.property(arbitrary.content(), fc.constantFrom(...userIdTypes), (tree, userIdType) => {
        const {messages, onMessage} = collect()
        // Read back under open_id, which maps user_id ⇄ openId one to one.
        const back = contentFromV2(contentToV2(tree, {userIdType, onMessage}), {userIdType: 'open_id'})
        const expectedRules: string[] = []
        const expected = mapElements(tree, (element: Element) => {
          if (element.type !== 'person') return [element]
          const {openId, userId} = element.person
          const id = userIdType === 'open_id' ? openId : userIdType === 'user_id' ? userId : undefined
          expectedRules.push(id ? (userIdType === 'open_id' && !userId ? '' : 'mention-second-id') : 'mention-id-type')
          return id ? [{type: 'person', person: {openId: id}}] : []
        })
        expect(back).toStrictEqual(plain(expected))
        expect(messages.map((message) => message.ruleId)).toEqual(expectedRules.filter(Boolean))
      }),
      {numRuns: runs}
    )
  })

  it('v2 → v1 under union_id or user_id: every mention is dropped (a v1 person needs an open_id) and reported once, the rest is the identity', () => {
    fc.assert(
      fc.property(arbitrary.contentV2(), fc.constantFrom<UserIdType>('union_id', 'user_id'), (tree, userIdType) => {
        const {messages, onMessage} = collect()
        const back = contentToV2(contentFromV2(tree, {userIdType, onMessage}))
        let mentions = 0
        const expected: ContentV2 = mapElements(tree, (element) => {
          if (element.paragraph_element_type !== 'mention') return [element]
          mentions++
          return []
        })
        expect(back).toStrictEqual(plain(expected))
        expect(messages.map((message) => message.ruleId)).toEqual(Array(mentions).fill('mention-id-type'))
      }),
      {numRuns: runs}
    )
  })
})
