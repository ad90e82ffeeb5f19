/**
 * fast-check arbitraries for valid `content_block` trees, biased toward the
 * cases that break converters: Markdown and HTML markers in text, edge and
 * repeated whitespace, newlines, astral characters, styles that change
 * mid-word, every style at once, indent-level jumps, non-consecutive numbers,
 * hostile URLs. Import from `okr-content/arbitraries` (needs `fast-check`).
 */
import fc from 'fast-check'
import {listKindNames, markRows, type Wire} from '../model/format.js'
import type {
  Block,
  Color,
  Content,
  DocsLink,
  Element,
  Image,
  List,
  ListType,
  Person,
  TextStyle
} from '../model/types.js'
import type {BlockV2, ContentV2, ElementV2, ImageV2, ListV2, MentionV2, ParagraphStyleV2, TextStyleV2} from '../v2/types.js'

const markers = [
  '*', '**', '_', '__', '~', '~~', '`', '```', '[', ']', '(', ')', '![', '<', '>', '&', '&amp;', '&#x20;', '\\',
  '#', '# ', '!', '|', '-', '- ', '+', '1.', '1)', '=', ':', '"', "'", '{', '}', '^', '$', '%',
  ' ', '  ', '\t', '\n', '\n\n', '\r', '\r\n', '\u00a0', '\u200b', '\u3000',
  'http://', 'https://x.y', 'www.a.b', 'a@b.co', '<br>', '</span>', '<at id="x">', '<!--', '-->', '<script>',
  'javascript:', '😀', '𝒳', 'é', '中文', 'a', 'b', 'word', '0', '9.', '@', '<1@b>'
]

/** Text with Markdown/HTML markers, whitespace and astral characters. */
export function text(): fc.Arbitrary<string> {
  return fc.oneof(
    {weight: 5, arbitrary: fc.array(fc.constantFrom(...markers), {maxLength: 6}).map((parts) => parts.join(''))},
    {weight: 2, arbitrary: fc.string({maxLength: 12})},
    {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 8})},
    {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 6})}
  )
}

const hostileUrls = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)',
  'java\nscript:alert(1)', '\u0001javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>', 'javascript&colon;alert(1)', '&#106;avascript:alert(1)',
  '"><script>alert(1)</script>', "'onmouseover='alert(1)", 'https://x.y/"onerror="alert(1)'
]

/** URLs: ordinary web and Feishu URLs, hostile ones, odd strings. */
export function url(): fc.Arbitrary<string> {
  return fc.oneof(
    {weight: 4, arbitrary: fc.webUrl({withQueryParameters: true, withFragments: true})},
    {weight: 2, arbitrary: fc.constantFrom(
      'https://example.com/a_b*c?d=(e)&f=<g>', 'https://x.feishu.cn/docx/doxcnAbc', 'https://x.larksuite.com/wiki/wikcn1',
      'mailto:someone@example.com', '/relative/path', '#anchor', 'https://a.b/c d', 'https://a.b/(x)', 'https://a.b/>')},
    {weight: 1, arbitrary: fc.constantFrom(...hostileUrls)},
    {weight: 1, arbitrary: text()}
  )
}

export function color(): fc.Arbitrary<Color> {
  const channel = fc.oneof(fc.constantFrom(0, 255), fc.integer({min: 0, max: 255}))
  const alpha = fc.oneof(
    fc.constantFrom(0, 1, 0.1, 0.5),
    fc.double({min: 0, max: 1, noNaN: true}),
    fc.constant(undefined)
  )
  return fc.record({red: channel, green: channel, blue: channel, alpha}).map(({alpha, ...rgb}) =>
    alpha === undefined ? rgb : {...rgb, alpha}
  )
}

/** A style: each mark of the format table (`model/format.ts`) under the names of `wire`, present or not. */
function styleRecord(wire: Wire): fc.Arbitrary<Record<string, unknown>> {
  const values = {flag: fc.boolean(), color: color(), link: url().map((value) => ({url: value}))}
  const fields: Record<string, fc.Arbitrary<unknown>> = {}
  for (const row of markRows) fields[row[wire]] = values[row.value]
  return fc.record(fields, {requiredKeys: []})
}

export function textStyle(): fc.Arbitrary<TextStyle | undefined> {
  return fc.oneof({weight: 1, arbitrary: fc.constant(undefined)}, {weight: 4, arbitrary: styleRecord('v1') as fc.Arbitrary<TextStyle>})
}

export function person(): fc.Arbitrary<Person> {
  const openId = fc.stringMatching(/^ou_[0-9a-f]{1,32}$/)
  return fc.record({openId, userId: fc.stringMatching(/^[0-9]{1,19}$/)}, {requiredKeys: ['openId']})
}

export function docsLink(): fc.Arbitrary<DocsLink> {
  const docsUrl = fc.oneof(
    fc.stringMatching(/^https:\/\/[a-z]{1,8}\.(feishu\.cn|larksuite\.com)\/(docx|wiki|sheets|base)\/[A-Za-z0-9]{1,20}$/),
    url()
  )
  return fc.record({url: docsUrl, title: text()}, {requiredKeys: ['url']})
}

export function element(): fc.Arbitrary<Element> {
  return fc.oneof(
    {weight: 8, arbitrary: fc.record({text: text(), style: textStyle()}).map(({text, style}) => ({
      type: 'textRun' as const,
      textRun: style === undefined ? {text} : {text, style}
    }))},
    {weight: 1, arbitrary: docsLink().map((value) => ({type: 'docsLink' as const, docsLink: value}))},
    {weight: 1, arbitrary: person().map((value) => ({type: 'person' as const, person: value}))}
  )
}


export function list(): fc.Arbitrary<List> {
  const indentLevel = fc.oneof({weight: 4, arbitrary: fc.integer({min: 1, max: 3})}, {weight: 1, arbitrary: fc.integer({min: 1, max: 16})})
  const number = fc.oneof(
    {weight: 4, arbitrary: fc.integer({min: 1, max: 4})},
    {weight: 1, arbitrary: fc.integer({min: 0, max: 999_999_999})},
    {weight: 1, arbitrary: fc.constant(undefined)}
  )
  return fc.record({type: fc.constantFrom<ListType>(...listKindNames), indentLevel, number}).map(({number, ...rest}) =>
    number === undefined || rest.type !== 'number' ? rest : {...rest, number}
  )
}

export function image(): fc.Arbitrary<Image> {
  const size = fc.oneof(fc.integer({min: 1, max: 4000}), fc.double({min: 0.5, max: 4000, noNaN: true}))
  return fc
    .record(
      {
        fileToken: fc.stringMatching(/^box[A-Za-z0-9]{4,24}$/),
        src: fc.oneof(fc.webUrl({withQueryParameters: true}), url()),
        width: size,
        height: size
      },
      {requiredKeys: []}
    )
    .filter((value) => Boolean(value.fileToken || value.src))
}

export function block(): fc.Arbitrary<Block> {
  return fc.oneof(
    {weight: 6, arbitrary: fc.record({elements: fc.array(element(), {maxLength: 6}), list: fc.option(list(), {nil: undefined, freq: 2})}).map(
      ({elements, list}): Block => ({type: 'paragraph', paragraph: list ? {style: {list}, elements} : {elements}})
    )},
    {weight: 1, arbitrary: fc.array(image(), {minLength: 1, maxLength: 4}).map((imageList): Block => ({type: 'gallery', gallery: {imageList}}))}
  )
}

/** A valid `content_block` tree. */
export function content(options: {maxBlocks?: number} = {}): fc.Arbitrary<Content> {
  return fc.array(block(), {maxLength: options.maxBlocks ?? 10}).map((blocks) => ({blocks}))
}

/** Strings made of Markdown markers and words: never-throw fodder. */
export function markdownish(): fc.Arbitrary<string> {
  const pieces = [
    ...markers, '> ', '    ', '- [ ] ', '- [x] ', '1. ', '* ', '---\n', '```\n', '| a | b |\n|---|---|\n', '[a]: /u\n',
    '[a]', '![i](/x.png)', '<span style="color: red">', '<at id="ou_1"></at>', '<img src="x.png">', '[^1]', '[^1]: n\n',
    '<https://a.b>', 'https://x.feishu.cn/docx/A', '<div>', '</div>', '<p></p>', '<constructor>', '</constructor>',
    '<span style="font-weight: normal; color: initial; background-color: transparent">', '</span>', '**'
  ]
  return fc.oneof(
    {weight: 4, arbitrary: fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map((parts) => parts.join(''))},
    {weight: 1, arbitrary: fc.string({maxLength: 60})}
  )
}

/** Strings made of HTML tags, attributes and text: never-throw fodder. */
export function htmlish(): fc.Arbitrary<string> {
  const pieces = [
    '<p>', '</p>', '<div>', '</div>', '<b>', '</b>', '<strong>', '<s>', '<del>', '<ul>', '</ul>', '<ol start="3">', '</ol>',
    '<li>', '</li>', '<li value="7">', '<input type="checkbox" checked>', '<br>', '<img src="https://a.b/c.png" width="3">',
    '<a href="https://a.b">', '</a>', '<a href="javascript:alert(1)">', '<span style="color:#f00;background-color:rgba(1,2,3,.5)">',
    '</span>', '<font color="red">', '<at user_id="ou_1">Al</at>', '<script>alert(1)</script>', '<style>p{}</style>',
    '<!-- c -->', '<template>t</template>', '<h1>', '</h1>', '<table><tr><td>c</td></tr></table>', '<pre>', '</pre>',
    '<code>', '<blockquote>', '<em>', '<u>', '&amp;', '&lt;', '&nbsp;', ' ', '\n', 'text', '中文', '😀', '<constructor>',
    '<span style="font-weight: normal; color: initial; background-color: transparent">'
  ]
  return fc.oneof(
    {weight: 4, arbitrary: fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map((parts) => parts.join(''))},
    {weight: 1, arbitrary: fc.string({maxLength: 60})}
  )
}

// OKR v2 (`okr-content/v2`): the same trees in the v2 API's names, built in
// that shape (not converted from v1), with what only a v2 tree written by
// hand has: `number` on any list kind, empty `style` objects, user IDs of
// every type.

export function textStyleV2(): fc.Arbitrary<TextStyleV2 | undefined> {
  return fc.oneof({weight: 1, arbitrary: fc.constant(undefined)}, {weight: 4, arbitrary: styleRecord('v2') as fc.Arbitrary<TextStyleV2>})
}

/** A mention's `user_id`: an open_id, a union_id or a user_id. */
export function mentionV2(): fc.Arbitrary<MentionV2> {
  const userId = fc.oneof(fc.stringMatching(/^ou_[0-9a-f]{1,32}$/), fc.stringMatching(/^on_[0-9a-f]{1,32}$/), fc.stringMatching(/^[0-9a-z]{1,19}$/))
  return userId.map((value) => ({user_id: value}))
}

export function elementV2(): fc.Arbitrary<ElementV2> {
  return fc.oneof(
    {weight: 8, arbitrary: fc.record({text: text(), style: textStyleV2()}).map(({text, style}) => ({
      paragraph_element_type: 'textRun' as const,
      text_run: style === undefined ? {text} : {text, style}
    }))},
    {weight: 1, arbitrary: docsLink().map((value) => ({paragraph_element_type: 'docsLink' as const, docs_link: value}))},
    {weight: 1, arbitrary: mentionV2().map((value) => ({paragraph_element_type: 'mention' as const, mention: value}))}
  )
}

export function listV2(): fc.Arbitrary<ListV2> {
  return fc
    .record({list: list(), number: fc.option(fc.integer({min: 0, max: 999_999_999}), {nil: undefined})})
    .map(({list: {type, indentLevel, number}, number: other}): ListV2 => {
      const shown = number ?? other
      return shown === undefined ? {list_type: type, indent_level: indentLevel} : {list_type: type, indent_level: indentLevel, number: shown}
    })
}

export function imageV2(): fc.Arbitrary<ImageV2> {
  // The images of `image()`, each field under its v2 name.
  return image().map(({fileToken, ...rest}): ImageV2 => (fileToken === undefined ? rest : {file_token: fileToken, ...rest}))
}

export function blockV2(): fc.Arbitrary<BlockV2> {
  const style = fc.oneof(
    {weight: 2, arbitrary: fc.constant(undefined)},
    {weight: 2, arbitrary: listV2().map((value): ParagraphStyleV2 => ({list: value}))},
    {weight: 1, arbitrary: fc.constant<ParagraphStyleV2>({})}
  )
  return fc.oneof(
    {weight: 6, arbitrary: fc.record({elements: fc.array(elementV2(), {maxLength: 6}), style}).map(
      ({elements, style}): BlockV2 => ({block_element_type: 'paragraph', paragraph: style ? {style, elements} : {elements}})
    )},
    {weight: 1, arbitrary: fc.array(imageV2(), {minLength: 1, maxLength: 4}).map((images): BlockV2 => ({block_element_type: 'gallery', gallery: {images}}))}
  )
}

/** A valid v2 rich text. */
export function contentV2(options: {maxBlocks?: number} = {}): fc.Arbitrary<ContentV2> {
  return fc.array(blockV2(), {maxLength: options.maxBlocks ?? 10}).map((blocks) => ({blocks}))
}
