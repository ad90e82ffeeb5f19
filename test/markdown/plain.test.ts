import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {contentToMarkdown, contentToMdast} from '../../src/markdown/index.js'
import {content, gallery, paragraph, person, rgba, textRun} from '../../src/model/build.js'
import {htmlNodes, pathAndRule} from './plain-support.js'

const lossy = content(
  paragraph([textRun('late', {textColor: rgba(216, 57, 49)}), textRun(' '), person('ou_1')]),
  gallery({fileToken: 'boxcnA'}),
  paragraph([textRun('a\n')])
)

describe('contentToMarkdown flavor', () => {
  it('refuses a flavor it does not know, naming the two it does', () => {
    expect(() => contentToMarkdown(lossy, {flavor: 'gfm' as 'plain'})).toThrow(new TypeError('flavor: must be "lossless" or "plain", not "gfm"'))
    expect(() => contentToMdast(lossy, {flavor: 'okr' as 'plain'})).toThrow(TypeError)
  })

  it('reports in document order, to onMessage and to a file, as unified does', () => {
    const file = new VFile({path: 'record.json'})
    const seen: VFileMessage[] = []
    contentToMarkdown(lossy, {flavor: 'plain', file, onMessage: (message) => seen.push(message)})
    expect(seen.map(pathAndRule)).toEqual([
      'blocks[0].paragraph.elements[0] plain-color',
      'blocks[0].paragraph.elements[2] plain-mention',
      'blocks[1].gallery.imageList[0] plain-image',
      'blocks[2].paragraph.elements[0] plain-break'
    ])
    expect(file.messages).toEqual(seen)
    expect(seen.every((message) => message.source === 'okr-content' && message.fatal === false && message.file === 'record.json')).toBe(true)
  })

  it('contentToMdast gives the tree it writes: no html node in plain, the same losses', () => {
    const seen: VFileMessage[] = []
    const tree = contentToMdast(lossy, {flavor: 'plain', onMessage: (message) => seen.push(message)})
    expect(htmlNodes(tree)).toEqual([])
    expect(seen).toHaveLength(4)
    expect(htmlNodes(contentToMdast(lossy))).toEqual(['<span style="color: rgba(216, 57, 49, 1)">', '</span>', '<at id="ou_1">', '</at>', '<img data-file-token="boxcnA">', '<!---->', '<br><br>'])
  })
  it('asks resolvePerson once per mention, also where its label stands next to bold', () => {
    const asked: string[] = []
    const tree = content(paragraph([person('ou_1'), textRun('a', {bold: true}), person('ou_2')]))
    const markdown = contentToMarkdown(tree, {flavor: 'plain', resolvePerson: (openId) => (asked.push(openId), {name: openId.slice(3)})})
    expect(markdown).toBe('@1**a**@2\n')
    expect(asked).toEqual(['ou_1', 'ou_2'])
  })
})
