import fc from 'fast-check'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {color, content, text, url} from '../../src/arbitraries/index.js'
import {contentToHast, contentToHtml} from '../../src/html/index.js'
import type {ContentToHtmlOptions} from '../../src/html/index.js'
import {VFile, type VFileMessage} from '../../src/messages.js'
import type {Block, Content, Element, TextStyle} from '../../src/model/types.js'

/**
 * One HTML writer, two sinks (src/html/to/): `contentToHtml(c, o)` (the
 * string sink) is byte-identical to `toHtml(contentToHast(c, o))` (the hast
 * sink, serialized by hast-util-to-html; `\r` in attributes as `&#13;`, as
 * the string sink writes it), and reports the same messages, for every
 * option: the string sink's escapes and class lists are hast-util-to-html's.
 */
const runs = Math.max(1, Number(process.env.FC_RUNS ?? 1000))

const hostileUrl = fc.constantFrom(
  'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:x', '\u0001javascript:x', 'vbscript:x',
  'data:text/html,<script>', 'data:image/svg+xml,<svg>', 'data:image/png;base64,AA==', 'https://a.b/"><script>',
  "x' onerror='y", 'https://x.feishu.cn/docx/A&b=`c`', 'http:x', 'HTTPS://A.B', '', ' ', 'a:b', '/p?q#r', 'mailto:a@b.c',
  'https://a.b/\r\n', '\0https://a', 'https://a.b/\uD800'
)
const anyUrl = fc.oneof(url(), hostileUrl)

/** Trees `normalizeContent` has work on: false flags, empty runs, CR, lone surrogates, empty galleries, missing numbers… */
const messyStyle: fc.Arbitrary<TextStyle | undefined> = fc.option(
  fc.record(
    {
      bold: fc.boolean(),
      strikeThrough: fc.boolean(),
      textColor: fc.oneof(color(), fc.constantFrom({red: 1, green: 2, blue: 3, alpha: 1}, {red: 1, green: 2, blue: 3})),
      backColor: color(),
      link: fc.oneof(anyUrl, fc.constantFrom('https://a.b', 'https://x.feishu.cn/wiki/W')).map((value) => ({url: value}))
    },
    {requiredKeys: []}
  ),
  {nil: undefined}
)
const messyText = fc.oneof(text(), fc.constantFrom('', '\n', 'a\r\nb\rc', '\uD800x', 'x\0y', 'a\n\nb\n', '&<>"\'`', ' '))
const messyElement: fc.Arbitrary<Element> = fc.oneof(
  {weight: 6, arbitrary: fc.record({text: messyText, style: messyStyle}).map(({text, style}) => ({type: 'textRun' as const, textRun: style ? {text, style} : {text}}))},
  {weight: 1, arbitrary: fc.record({url: anyUrl, title: fc.option(messyText, {nil: undefined})}).map(({url, title}) => ({
    type: 'docsLink' as const, docsLink: title === undefined ? {url} : {url, title}
  }))},
  {weight: 1, arbitrary: fc.record({openId: fc.constantFrom('ou_1', 'ou_"<&>', ''), userId: fc.constantFrom(undefined, '', '42', "'")}).map(
    ({openId, userId}) => ({type: 'person' as const, person: userId === undefined ? {openId} : {openId, userId}})
  )}
)
const messyBlock: fc.Arbitrary<Block> = fc.oneof(
  {weight: 6, arbitrary: fc.record({
    elements: fc.array(messyElement, {maxLength: 6}),
    list: fc.option(fc.record({
      type: fc.constantFrom('number', 'bullet', 'checkBox', 'checkedBox', 'indent' as const),
      indentLevel: fc.integer({min: 1, max: 5}),
      number: fc.option(fc.integer({min: 0, max: 5}), {nil: undefined})
    }, {requiredKeys: ['type', 'indentLevel']}), {nil: undefined, freq: 2})
  }).map(({elements, list}): Block => ({type: 'paragraph', paragraph: list ? {style: {list}, elements} : {elements}}))},
  {weight: 1, arbitrary: fc.array(fc.record({
    fileToken: fc.constantFrom('', 'boxA', 'box"&'),
    src: fc.oneof(anyUrl, fc.constant('')),
    width: fc.oneof(fc.integer({min: 1, max: 9}), fc.constant(2.5)),
    height: fc.integer({min: 1, max: 9})
  }, {requiredKeys: []}), {maxLength: 3}).map((imageList): Block => ({type: 'gallery', gallery: {imageList}}))}
)
const messyContent: fc.Arbitrary<Content> = fc.array(messyBlock, {maxLength: 12}).map((blocks) => ({blocks}))

/** Options as data, turned into a fresh options object per call (a global RegExp has state). */
interface OptionSpec {
  styles?: 'inline' | 'classes' | undefined
  classPrefix?: string | undefined
  document?: true | {title?: string; lang?: string} | undefined
  linkTarget?: string | undefined
  linkRel?: string | undefined
  person?: {name: string; href?: string | undefined} | undefined
  docsLinks?: 'true' | 'false' | 'regexp' | 'global' | 'function' | undefined
}

const optionSpec: fc.Arbitrary<OptionSpec> = fc.record(
  {
    styles: fc.constantFrom('inline' as const, 'classes' as const, undefined),
    classPrefix: fc.oneof(fc.constantFrom('okr-', ' x ', 'a"b&\'`<', '', '\u00a0p-', '}</style>'), fc.string({maxLength: 4})),
    document: fc.oneof(
      fc.constant(true as const),
      fc.record({title: messyText, lang: fc.constantFrom('en', 'zh', '"&\r')}, {requiredKeys: []})
    ),
    linkTarget: fc.constantFrom('_blank', '_self', 'x"y', ''),
    linkRel: fc.constantFrom('', 'nofollow', ' a \t b ', '   ', '"'),
    person: fc.record({name: messyText, href: fc.option(anyUrl, {nil: undefined})}, {requiredKeys: ['name']}),
    docsLinks: fc.constantFrom('true' as const, 'false' as const, 'regexp' as const, 'global' as const, 'function' as const)
  },
  {requiredKeys: []}
)

function toOptions(spec: OptionSpec, messages: string[]): ContentToHtmlOptions {
  const options: ContentToHtmlOptions = {
    onMessage: (message: VFileMessage) =>
      messages.push(JSON.stringify([message.reason, message.ruleId, message.source, message.place, message.fatal]))
  }
  if (spec.styles) options.styles = spec.styles
  if (spec.classPrefix !== undefined) options.classPrefix = spec.classPrefix
  if (spec.document) options.document = spec.document
  if (spec.linkTarget !== undefined) options.linkTarget = spec.linkTarget
  if (spec.linkRel !== undefined) options.linkRel = spec.linkRel
  const person = spec.person
  if (person) {
    options.resolvePerson = (openId, value) => {
      messages.push(`resolve ${JSON.stringify([openId, value])}`)
      return {name: person.name + openId, href: person.href}
    }
  }
  if (spec.docsLinks === 'true') options.docsLinks = true
  if (spec.docsLinks === 'false') options.docsLinks = false
  if (spec.docsLinks === 'regexp') options.docsLinks = /feishu|x\.y/i
  if (spec.docsLinks === 'global') options.docsLinks = /a/g
  if (spec.docsLinks === 'function') {
    options.docsLinks = (value) => {
      messages.push(`docs ${JSON.stringify(value)}`)
      return value.length % 2 === 0
    }
  }
  return options
}

/** The reference: the hast sink's tree, serialized by hast-util-to-html. */
function viaHast(tree: Content, options: ContentToHtmlOptions): string {
  return toHtml(contentToHast(tree, options)).replaceAll('\r', '&#13;')
}

function expectSame(tree: Content, spec: OptionSpec) {
  const expectedMessages: string[] = []
  const actualMessages: string[] = []
  const expected = viaHast(tree, toOptions(spec, expectedMessages))
  const actual = contentToHtml(tree, toOptions(spec, actualMessages))
  expect(actual).toBe(expected)
  expect(actualMessages).toEqual(expectedMessages)
}

describe('contentToHtml (string sink) = toHtml(contentToHast()) (hast sink) byte for byte', () => {
  it('default options', () => {
    fc.assert(fc.property(content(), (tree) => expectSame(tree, {})), {numRuns: runs})
  })

  it('class mode', () => {
    fc.assert(fc.property(content(), (tree) => expectSame(tree, {styles: 'classes'})), {numRuns: runs})
  })

  it('document mode, class prefix, link target, resolvePerson, docsLinks', () => {
    fc.assert(
      fc.property(content(), (tree) =>
        expectSame(tree, {
          styles: 'classes',
          classPrefix: ' x-"',
          document: {title: 'T & <t>\r\n', lang: 'zh'},
          linkTarget: '_blank',
          person: {name: 'Ann\n', href: 'https://p/ann'},
          docsLinks: 'function'
        })
      ),
      {numRuns: runs}
    )
  })

  it('every option combination', () => {
    fc.assert(fc.property(content(), optionSpec, (tree, spec) => expectSame(tree, spec)), {numRuns: runs})
  })

  it('trees normalization has to fix, and hostile URLs', () => {
    fc.assert(fc.property(messyContent, optionSpec, (tree, spec) => expectSame(tree, spec)), {numRuns: runs})
  })

  it('messages collected in a file, with paths into the caller\'s tree', () => {
    const tree: Content = {blocks: [
      {type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'x', style: {link: {url: 'javascript:x'}}}}]}},
      {type: 'gallery', gallery: {imageList: []}},
      {type: 'gallery', gallery: {imageList: [{src: 'data:text/html,x'}, {src: 'vbscript:y', fileToken: 'boxA'}]}}
    ]}
    const expected = new VFile()
    const actual = new VFile()
    expect(contentToHtml(tree, {file: actual})).toBe(viaHast(tree, {file: expected}))
    expect(actual.messages.map(String)).toEqual(expected.messages.map(String))
    expect(actual.messages.map(String)).toEqual([
      '1:1: URL dropped: it is outside the URL policy (README § Security) (blocks[0].paragraph.elements[0]: "javascript:x")',
      '1:1: URL dropped: it is outside the URL policy (README § Security) (blocks[2].gallery.imageList[0]: "data:text/html,x")',
      '1:1: URL dropped: it is outside the URL policy (README § Security) (blocks[2].gallery.imageList[1]: "vbscript:y")'
    ])
  })

  it('deep and jumping lists', () => {
    const levels = [1, 3, 2, 5, 1, 16, 2, 2, 4, 1]
    const types = ['number', 'indent', 'bullet', 'checkBox', 'checkedBox'] as const
    const blocks: Block[] = []
    for (let index = 0; index < 200; index++) {
      const list = {type: types[(index * 7) % 5]!, indentLevel: levels[index % levels.length]!}
      blocks.push({type: 'paragraph', paragraph: {style: {list}, elements: [{type: 'textRun', textRun: {text: `i${index}`}}]}})
      if (index % 17 === 0) blocks.push({type: 'gallery', gallery: {imageList: []}})
    }
    expectSame({blocks}, {})
    expectSame({blocks}, {styles: 'classes'})
  })
})
