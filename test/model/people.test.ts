import {describe, expect, it} from 'vitest'
import {contentToMarkdown} from '../../src/markdown/index.js'
import {content, paragraph, person, textRun} from '../../src/model/build.js'
import {collectPeople} from '../../src/model/people.js'
import {firstLine} from '../../src/model/text.js'

const tree = content(paragraph([person('ou_1'), textRun(' and '), person('ou_2', '42')]), paragraph([person('ou_1')]))

describe('collectPeople', () => {
  it('gives each openId and userId once, in order of first mention', () => {
    expect(collectPeople(tree)).toEqual({openIds: ['ou_1', 'ou_2'], userIds: ['42']})
  })

  it('reads records, create bodies, API responses and any iterable of them, skipping what is no tree', () => {
    const other = content(paragraph([person('ou_3')]))
    const records = [{content: tree}, {code: 0, data: {content: other}}, {blocks: 'no'}, null, {data: null}]
    expect(collectPeople(records as never)).toEqual({openIds: ['ou_1', 'ou_2', 'ou_3'], userIds: ['42']})
    expect(collectPeople(new Set([other, tree]))).toEqual({openIds: ['ou_3', 'ou_1', 'ou_2'], userIds: ['42']})
  })
})

describe('people in Markdown', () => {
  it('labels mentions from people, keeping the ids', () => {
    expect(contentToMarkdown(tree, {people: {ou_1: 'Ann', 42: {name: 'Bo'}}})).toBe(
      '<at id="ou_1">@Ann</at> and <at id="ou_2" data-user-id="42">@Bo</at>\n\n<at id="ou_1">@Ann</at>\n'
    )
  })
})

describe('firstLine', () => {
  it('is the first line a tree shows, collapsed and cut', () => {
    expect(firstLine(content(paragraph([]), paragraph([textRun('  W23 \t report\nmore')])))).toBe('W23 report')
    expect(firstLine(content(paragraph([textRun('x'.repeat(100))])), 10)).toBe(`${'x'.repeat(9)}…`)
    expect(firstLine(content(paragraph([person('ou_1')])))).toBe('')
  })
})
