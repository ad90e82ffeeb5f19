import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import type {Root, RootContent} from 'mdast'
import {type Plugin, unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {readFrontMatter} from '../../src/markdown/from/front-matter.js'
import {markdownToContent, mdastToContent, parseMarkdown} from '../../src/markdown/index.js'
import {readInParts} from '../../src/markdown/from/index.js'
import {content, paragraph, textRun} from '../../src/model/build.js'
import {remarkOkrContent} from '../../src/unified/index.js'

const report = '---\ntitle: W23\nauthor: li\n---\n\n**Done**: shipped\n'

describe('front matter', () => {
  it('is not content: reported, and in file.data.frontMatter', () => {
    const file = new VFile()
    const tree = markdownToContent(report, {file})
    expect(tree).toEqual(content(paragraph([textRun('Done', {bold: true}), textRun(': shipped')])))
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column, message.place])).toEqual([
      ['front-matter', 1, 1, {start: {line: 1, column: 1, offset: 0}, end: {line: 4, column: 4, offset: 29}}]
    ])
    expect(file.data.frontMatter).toEqual({type: 'yaml', value: 'title: W23\nauthor: li'})
  })

  it('reads TOML too, and keeps the positions of what follows', () => {
    const messages: VFileMessage[] = []
    markdownToContent('+++\ntitle = "W23"\n+++\n# Done\n', {onMessage: (message) => messages.push(message)})
    expect(messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['1:1 front-matter', '4:1 heading'])
  })

  it('is what remark-frontmatter reads: only at the very start, fenced on lines of their own', () => {
    expect(readFrontMatter('---\na: 1\n---')).toMatchObject({type: 'yaml', value: 'a: 1'})
    expect(readFrontMatter('--- \n---  \nx')).toMatchObject({type: 'yaml', value: ''})
    expect(readFrontMatter('+++\na = 1\n\nb = 2\n+++\n')).toMatchObject({type: 'toml', value: 'a = 1\n\nb = 2'})
    for (const markdown of [' ---\na\n---\n', 'x\n---\na\n---', '---\na\n+++\n', '---\nno end', '----\na\n----']) {
      expect(readFrontMatter(markdown)).toBeUndefined()
    }
  })

  // micromark-extension-frontmatter#5: with remark-frontmatter, an opening
  // fence never closed makes the rest of the document lose its lists.
  it('an opening fence never closed is a thematic break, and the lists after it stay lists', () => {
    expect(parseMarkdown('---\n\n- a').children.map((node) => node.type)).toEqual(['thematicBreak', 'list'])
    expect(markdownToContent('---\n- a\n\n1. b')).toEqual(
      content(paragraph([textRun('a')], {type: 'bullet', indentLevel: 1}), paragraph([textRun('b')], {type: 'number', indentLevel: 1, number: 1}))
    )
  })

  it('a long front matter with blank lines does not break the reading in parts', () => {
    const matter = `---\n${Array.from({length: 200}, (_, index) => `key${index}: value ${index}\n`).join('\n')}---\n`
    const body = Array.from({length: 200}, (_, index) => `Paragraph ${index}.\n`).join('\n')
    const file = new VFile()
    const tree = markdownToContent(matter + '\n' + body, {file})
    expect(tree).toEqual(markdownToContent(body))
    expect(file.data.frontMatter?.value).toContain('key199: value 199')
  })

  // Found by CI (sections.property): what looks like a definition inside
  // front matter defines nothing, read in parts or in one parse.
  it('defines no link reference', () => {
    const markdown = '---\n\n[a]: https://a.example/1\n\n---\n\n[a]\n'
    const expected = content(paragraph([textRun('[a]')]))
    expect(readInParts(markdown, {}, 0)).toEqual(expected)
    expect(markdownToContent(markdown)).toEqual(expected)
    expect(mdastToContent(parseMarkdown(markdown))).toEqual(expected)
  })

  it('through remark-frontmatter, remarkOkrContent gives the same: no text, one message, file.data.frontMatter', async () => {
    const file = await unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkOkrContent).process(report)
    expect(file.result).toEqual(markdownToContent(report))
    expect(file.messages.map((message) => message.ruleId)).toEqual(['front-matter'])
    expect(file.data.frontMatter).toEqual({type: 'yaml', value: 'title: W23\nauthor: li'})
  })

  it('a node of a type the reader does not know says truthfully what it kept', async () => {
    const plugin: Plugin<[], Root> = () => (tree) => {
      const foreign = [{type: 'math', value: 'E = mc^2'}, {type: 'widget'}, {type: 'callout', children: [{type: 'paragraph', children: [{type: 'text', value: 'Note'}]}]}]
      tree.children.push(...(foreign as unknown as RootContent[]))
    }
    const file = await unified().use(remarkParse).use(plugin).use(remarkOkrContent).process('x')
    expect(file.result).toEqual(content(paragraph([textRun('x')]), paragraph([textRun('E = mc^2')]), paragraph([textRun('Note')])))
    expect(file.messages.map((message) => `${message.ruleId}: ${message.reason.replace(/^.*\((.*)\)$/, '$1')}`)).toEqual([
      'unknown-node: math: its text kept as a paragraph',
      'unknown-node: widget: no text, nothing kept',
      'unknown-node: callout: its content read'
    ])
  })
})
