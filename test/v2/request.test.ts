import {readFileSync} from 'node:fs'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {RequestValidationError} from '../../src/feishu/errors.js'
import type {ContentV2Input} from '../../src/v2/types.js'
import {
  OkrV2RequestValidationError,
  keyResultCreateFromContent,
  keyResultCreateFromMarkdown,
  keyResultPatchFromContent,
  keyResultPatchFromMarkdown,
  markdownToContentV2,
  objectiveCreateFromContent,
  objectiveCreateFromMarkdown,
  objectivePatchFromContent,
  objectivePatchFromMarkdown,
  type ContentV2
} from '../../src/v2/index.js'

const content: ContentV2 = JSON.parse(readFileSync(new URL('../../fixtures/v2/content-v2.json', import.meta.url), 'utf8'))
const notes: ContentV2 = {blocks: [{block_element_type: 'paragraph', paragraph: {elements: [{paragraph_element_type: 'textRun', text_run: {text: 'Why'}}]}}]}

function issuesOf(run: () => unknown): Array<{path: string; message: string}> {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(OkrV2RequestValidationError)
    expect(error).toBeInstanceOf(RequestValidationError)
    expect(error).toBeInstanceOf(TypeError)
    return (error as OkrV2RequestValidationError).issues
  }
  throw new Error('expected an OkrV2RequestValidationError')
}

describe('objective create', () => {
  it('builds `data` with the wire names, from trees', () => {
    const deadline = new Date('2026-12-31T15:59:59.999Z')
    expect(objectiveCreateFromContent({content, notes, deadline, weight: 0.125, categoryId: '7001', score: 0.7})).toEqual({
      content,
      notes,
      deadline: '1798732799999',
      weight: 0.125,
      category_id: '7001',
      score: 0.7
    })
  })

  it('builds `data` from Markdown, reporting the losses of both texts', () => {
    const messages: VFileMessage[] = []
    const data = objectiveCreateFromMarkdown({content: '# Grow **WAU**', notes: 'Why: _retention_'}, {onMessage: (message) => messages.push(message)})
    expect(data).toEqual({content: markdownToContentV2('# Grow **WAU**'), notes: markdownToContentV2('Why: _retention_')})
    expect(messages.map((message) => message.ruleId)).toEqual(['heading', 'emphasis'])
  })

  it('leaves out what is not given (every field of `data` is optional)', () => {
    expect(objectiveCreateFromMarkdown({})).toEqual({})
    expect(objectiveCreateFromContent({content, notes: undefined})).toEqual({content})
  })

  it('lists every bad field with its wire path and rule', () => {
    const bad = {
      content: {blocks: [{block_element_type: 'paragraph', paragraph: {elements: [{paragraph_element_type: 'mention', mention: {}}]}}]},
      notes: {blocks: [{block_element_type: 'gallery', gallery: {images: [{src: 'charts/wau.png'}]}}]},
      deadline: '2026-12-31',
      weight: 0.1234,
      categoryId: '',
      score: 0.75
    } as unknown as Parameters<typeof objectiveCreateFromContent>[0]
    expect(issuesOf(() => objectiveCreateFromContent(bad))).toEqual([
      {path: 'content.blocks[0].paragraph.elements[0].mention.user_id', message: 'must be a non-empty string'},
      {path: 'notes.blocks[0].gallery.images[0].src', message: 'must be an http(s) URL, or the image must have a file_token (upload local images first: markdownToContentAsync or resolveImages, then contentToV2)'},
      {path: 'deadline', message: 'must be a Date, or milliseconds since the epoch (a non-negative integer, or a string of digits)'},
      {path: 'weight', message: 'must be a number 0..1 with at most three decimals'},
      {path: 'category_id', message: 'must be a non-empty string'},
      {path: 'score', message: 'must be a number 0..1 with at most one decimal'}
    ])
  })

  // The URL policy at the v2 boundary too, as progressRecordFromContent applies it (one module: feishu/request-urls.ts).
  it('refuses a tree whose URLs are outside the URL policy, naming each path', () => {
    const unsafe = {
      blocks: [
        {
          block_element_type: 'paragraph',
          paragraph: {
            elements: [
              {paragraph_element_type: 'textRun', text_run: {text: 'x', style: {link: {url: 'javascript:alert(1)'}}}},
              {paragraph_element_type: 'docsLink', docs_link: {url: ' JaVaScRiPt:alert(1)'}},
              {paragraph_element_type: 'textRun', text_run: {text: 'safe', style: {link: {url: 'https://example.com'}}}}
            ]
          }
        },
        {block_element_type: 'gallery', gallery: {images: [{src: 'data:image/svg+xml,<svg onload=alert(1)>', file_token: 'boxcn1'}]}}
      ]
    } as ContentV2Input
    expect(issuesOf(() => keyResultPatchFromContent({content: unsafe}))).toEqual([
      {path: 'content.blocks[0].paragraph.elements[0].text_run.style.link.url', message: 'must be inside the URL policy (http, https, mailto or relative)'},
      {path: 'content.blocks[0].paragraph.elements[1].docs_link.url', message: 'must be inside the URL policy (http, https, mailto or relative)'},
      {path: 'content.blocks[1].gallery.images[0].src', message: 'must be inside the URL policy (http, https, relative, or a data: URL of a raster image)'}
    ])
  })

  it('names the call and the path in the error message', () => {
    expect(() => objectiveCreateFromContent({score: 2})).toThrow('Invalid objective create request:\n  score: must be a number 0..1 with at most one decimal')
  })

  it('checks Markdown images: a local path means nothing to Feishu', () => {
    expect(issuesOf(() => objectiveCreateFromMarkdown({content: 'See ![chart](chart.png)'}))).toEqual([
      expect.objectContaining({path: 'content.blocks[1].gallery.images[0].src'})
    ])
    expect(objectiveCreateFromMarkdown({content: '![chart](https://example.com/chart.png)'})).toEqual({
      content: {blocks: [{block_element_type: 'gallery', gallery: {images: [{src: 'https://example.com/chart.png'}]}}]}
    })
  })

  it('refuses a text that is not Markdown, and fields that are not an object', () => {
    expect(issuesOf(() => objectiveCreateFromMarkdown({content: content as unknown as string}))).toEqual([{path: 'content', message: 'must be a Markdown string'}])
    expect(issuesOf(() => objectiveCreateFromContent(null as never))).toEqual([{path: '', message: 'fields must be an object'}])
  })
})

describe('deadline, score and weight', () => {
  const deadline = (value: unknown) => objectiveCreateFromContent({deadline: value as string}).deadline
  it('accepts a Date, a millisecond count or a string of digits, and writes a string of digits', () => {
    expect(deadline(new Date(0))).toBe('0')
    expect(deadline(1798732799999)).toBe('1798732799999')
    expect(deadline('1798732799999')).toBe('1798732799999')
  })

  for (const bad of [-1, 1.5, Number.NaN, new Date('nope'), '', '17e11', ' 1', Number.MAX_SAFE_INTEGER + 2]) {
    it(`rejects the deadline ${String(bad)}`, () => {
      expect(issuesOf(() => deadline(bad)).map((issue) => issue.path)).toEqual(['deadline'])
    })
  }

  it('takes scores and weights at the ends of 0..1, and rejects one step beyond or more decimals than allowed', () => {
    expect(objectiveCreateFromContent({score: 0, weight: 1})).toEqual({score: 0, weight: 1})
    expect(objectiveCreateFromContent({score: 1, weight: 0.001})).toEqual({score: 1, weight: 0.001})
    for (const fields of [{score: -0.1}, {score: 1.1}, {score: 0.05}, {weight: 1.001}, {weight: 0.0005}, {score: Number.NaN}, {weight: '0.5'}]) {
      expect(issuesOf(() => objectiveCreateFromContent(fields as never))).toHaveLength(1)
    }
  })
})

describe('objective patch, key result create and patch', () => {
  it('build `data` with the fields each call declares', () => {
    expect(objectivePatchFromContent({notes, score: 0.5, categoryId: '7001'})).toEqual({notes, score: 0.5, category_id: '7001'})
    expect(objectivePatchFromMarkdown({content: '**Grow** WAU'})).toEqual({content: markdownToContentV2('**Grow** WAU')})
    expect(keyResultCreateFromContent({content, deadline: 0, score: 0})).toEqual({content, deadline: '0', score: 0})
    expect(keyResultCreateFromMarkdown({content: 'WAU ≥ 1M'})).toEqual({content: markdownToContentV2('WAU ≥ 1M')})
    expect(keyResultPatchFromContent({score: 0.3})).toEqual({score: 0.3})
    expect(keyResultPatchFromMarkdown({content: 'WAU ≥ 2M', deadline: '1798732799999'})).toEqual({content: markdownToContentV2('WAU ≥ 2M'), deadline: '1798732799999'})
  })

  it('refuse a field the call does not take, saying which it takes', () => {
    expect(issuesOf(() => objectivePatchFromContent({weight: 0.5} as never))).toEqual([
      {path: 'weight', message: 'is not a field of the objective patch request (it takes content, score, notes, deadline, categoryId)'}
    ])
    expect(issuesOf(() => keyResultCreateFromMarkdown({content: 'x', notes: 'y'} as never))).toEqual([
      {path: 'notes', message: 'is not a field of the key result create request (it takes content, deadline, score)'}
    ])
    expect(issuesOf(() => keyResultPatchFromContent({category_id: '1'} as never))).toEqual([
      {path: 'category_id', message: 'is not a field of the key result patch request (it takes content, score, deadline)'}
    ])
  })
})
