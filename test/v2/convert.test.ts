import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {rules} from '../../src/messages.js'
import {
  ContentValidationError,
  contentV2ToHtml,
  contentV2ToMarkdown,
  htmlToContentV2,
  markdownToContentV2,
  type ContentV2,
  type ContentV2Input
} from '../../src/v2/index.js'

const tree: ContentV2 = {
  blocks: [
    {
      block_element_type: 'paragraph',
      paragraph: {
        style: {list: {list_type: 'bullet', indent_level: 1}},
        elements: [
          {paragraph_element_type: 'textRun', text_run: {text: 'Ship', style: {bold: true}}},
          {paragraph_element_type: 'textRun', text_run: {text: ' with '}},
          {paragraph_element_type: 'mention', mention: {user_id: 'on_5a1'}}
        ]
      }
    },
    {block_element_type: 'gallery', gallery: {images: [{src: 'javascript:alert(1)', file_token: 'boxcn1'}]}}
  ]
}

describe('markdownToContentV2 / contentV2ToMarkdown', () => {
  it('name the v2 field in the plain flavor\'s messages (images, not imageList)', () => {
    const reasons: string[] = []
    contentV2ToMarkdown({blocks: [{block_element_type: 'gallery', gallery: {images: [{file_token: 'boxcn1'}]}}]}, {flavor: 'plain', onMessage: (message) => reasons.push(message.reason)})
    expect(reasons).toEqual([expect.stringContaining('blocks[0].gallery.images[0]')])
  })

  it('write and read a mention by its one ID, as it is, whatever its type', () => {
    const markdown = contentV2ToMarkdown(tree)
    expect(markdown).toBe('- **Ship** with <at id="on_5a1">@on_5a1</at>\n\n<img src="javascript:alert(1)" data-file-token="boxcn1"><!---->\n')
    // The reader applies the URL policy: the image keeps its token, not its src.
    const images = [{file_token: 'boxcn1'}]
    expect(markdownToContentV2(markdown)).toEqual({blocks: [tree.blocks[0], {block_element_type: 'gallery', gallery: {images}}]})
  })

  it('label mentions with resolveMention', () => {
    expect(contentV2ToMarkdown(tree, {resolveMention: (userId) => ({name: `Ada (${userId})`})})).toContain('<at id="on_5a1">@Ada (on_5a1)</at>')
  })

  it('report a second ID read from the text (data-user-id) with its path in the result', () => {
    const messages: VFileMessage[] = []
    const result = markdownToContentV2('Hi <at id="ou_1" data-user-id="7012">Ada</at>', {onMessage: (message) => messages.push(message)})
    expect(result.blocks[0]).toEqual({
      block_element_type: 'paragraph',
      paragraph: {elements: [{paragraph_element_type: 'textRun', text_run: {text: 'Hi '}}, {paragraph_element_type: 'mention', mention: {user_id: 'ou_1'}}]}
    })
    expect(messages.map((message) => message.ruleId)).toEqual(['mention-second-id'])
    expect(messages[0]!.reason).toMatch(/\(blocks\[0\]\.paragraph\.elements\[1\]: userId "7012"\)$/)
  })

  it('keep the reader\'s losses, with positions in the Markdown', () => {
    const file = new VFile()
    markdownToContentV2('# Q3 objective', {file})
    expect(file.messages.map((message) => [message.ruleId, message.place])).toEqual([
      ['heading', {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 15, offset: 14}}]
    ])
  })
})

describe('htmlToContentV2 / contentV2ToHtml', () => {
  it('apply the URL policy and report the dropped URL with its path in the v2 tree (images, not imageList)', () => {
    const messages: VFileMessage[] = []
    const html = contentV2ToHtml(tree, {onMessage: (message) => messages.push(message)})
    expect(html).not.toContain('javascript:')
    expect(html).toContain('data-file-token="boxcn1"')
    expect(messages.map((message) => [message.ruleId, message.reason.slice(rules.url.length)])).toEqual([
      ['url', ' (blocks[1].gallery.images[0]: "javascript:alert(1)")']
    ])
  })

  it('report the same path into a file', () => {
    const file = new VFile({path: 'objective.json'})
    contentV2ToHtml(tree, {file})
    expect(file.messages.map((message) => [message.file, message.message.slice(rules.url.length)])).toEqual([
      ['objective.json', ' (blocks[1].gallery.images[0]: "javascript:alert(1)")']
    ])
  })

  it('show mentions with resolveMention, and read them back by their ID', () => {
    const html = contentV2ToHtml(tree, {resolveMention: (userId) => ({name: 'Ada', href: `https://example.com/u/${userId}`})})
    expect(html).toContain('href="https://example.com/u/on_5a1"')
    expect(htmlToContentV2(html).blocks[0]).toEqual(tree.blocks[0])
  })
})

describe('the writers on a malformed tree', () => {
  it('throw a ContentValidationError with v2 paths, not a crash from deep inside', () => {
    // The SDK's shape allows a mention without user_id; the format does not.
    const bad: ContentV2Input = {blocks: [{block_element_type: 'paragraph', paragraph: {elements: [{paragraph_element_type: 'mention', mention: {}}]}}]}
    for (const write of [contentV2ToHtml, contentV2ToMarkdown]) {
      expect(() => write(bad)).toThrow(ContentValidationError)
      expect(() => write(bad)).toThrow('blocks[0].paragraph.elements[0].mention.user_id: must be a non-empty string')
    }
  })
})
