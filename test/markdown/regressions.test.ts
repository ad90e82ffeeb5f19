import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {htmlToContent} from '../../src/html/index.js'
import {contentToMarkdown, markdownToContent} from '../../src/markdown/index.js'
import {content, docsLink, gallery, paragraph, person, textRun} from '../../src/model/build.js'
import {normalizeContent} from '../../src/model/normalize.js'
import type {Content} from '../../src/model/types.js'

/** Counterexamples the round-trip properties found, shrunk, kept for good. */
const cases: Array<[string, Content, string]> = [
  ['a paragraph of one line break', content(paragraph([textRun('\n')])), '<p><br><br></p>\n'],
  ['a line break that ends a paragraph', content(paragraph([textRun('a\n')])), 'a<br><br>\n'],
  ['two galleries of one <img> each', content(gallery({fileToken: 'box1'}), gallery({fileToken: 'box2'})), '<img data-file-token="box1"><!---->\n\n<img data-file-token="box2"><!---->\n'],
  ['an empty task item', content(paragraph([], {type: 'checkedBox', indentLevel: 1})), '- [x] <br>\n'],
  [
    'an ordered list from 0 in a quote under a task item',
    content(paragraph([], {type: 'checkBox', indentLevel: 1}), paragraph([], {type: 'number', indentLevel: 3, number: 0})),
    '- [ ] <br>\n\n  > 0. <p><br></p>\n'
  ],
  ['a URL that starts with <', content(paragraph([docsLink('<')])), '[](\\< "docsLink")\n'],
  ['a link on a line break', content(paragraph([textRun('\r\n', {link: {url: 'https://a.b'}})])), '<p><br><br></p>\n'],
  ['text that GFM would autolink', content(paragraph([textRun('a@b.co www.x.com http://x.y')])), 'a<!---->@b.co www<!---->.x.com http<!---->://x.y\n'],
  ['an e-mail link CommonMark cannot autolink', content(paragraph([textRun('a@b.co_b', {link: {url: 'mailto:a@b.co_b'}})])), '[a@b.co_b](mailto:a@b.co_b)\n'],
  ['a vertical tab at the edge of bold', content(paragraph([textRun('\v', {bold: true})])), '<b>\v</b>\n'],
  // mdast-util-to-markdown would write the U+0001 after `~~` as `&#x1;` (U+FFFD when read).
  [
    'a control character after strikethrough that ends in a space',
    content(paragraph([textRun(' ', {strikeThrough: true}), textRun('\u0001x')])),
    '<s> </s>\u0001x\n'
  ],
  ['a control character before bold that starts with punctuation', content(paragraph([textRun('y\u0001'), textRun('.a', {bold: true})])), 'y\u0001<b>.a</b>\n'],
  // mdast-util-to-markdown took the `~` of the inner `~~` for the inside of
  // `**`, and wrote the U+0001 after it as `&#x1;` (found by 100,000 runs).
  // U+1FFFE is a noncharacter: `&#x1FFFE;` reads as U+FFFD too (found by 100,000 runs).
  ['a noncharacter after bold that ends in punctuation', content(paragraph([textRun('*', {bold: true}), textRun('\u{1FFFE}')])), '<b>\\*</b>\u{1FFFE}\n'],
  ['a character outside the BMP after bold that ends in punctuation', content(paragraph([textRun('*', {bold: true}), textRun('😀x')])), '**\\***&#x1F600;x\n'],
  ['a control character after bold around strikethrough', content(paragraph([textRun('一', {bold: true, strikeThrough: true}), textRun('\u0001x')])), '<b><s>一</s></b>\u0001x\n'],
  [
    'link text that CommonMark reads as an e-mail autolink',
    content(paragraph([textRun('<9.a@b.co>', {link: {url: 'https://example.com/a_b*c?d=(e)&f=<g>'}})])),
    '[\\<9.a@b.co>](https://example.com/a_b*c?d=\\(e\\)\\&f=\\<g>)\n'
  ],
  ['text that CommonMark, not GFM, reads as an e-mail autolink', content(paragraph([textRun('<#@b>')])), '\\<#@b>\n'],
  [
    'a ! before an e-mail link CommonMark cannot autolink',
    content(paragraph([textRun('!'), textRun('a@b.co_b', {link: {url: 'mailto:a@b.co_b'}})])),
    '\\![a@b.co_b](mailto:a@b.co_b)\n'
  ]
]

describe('Markdown regressions', () => {
  for (const [name, tree, markdown] of cases) {
    it(name, () => {
      expect(contentToMarkdown(tree)).toBe(markdown)
      expect(normalizeContent(markdownToContent(markdown))).toEqual(normalizeContent(tree))
    })
  }

  it('keeps an e-mail address in text as text after a round trip through Markdown', () => {
    const once = normalizeContent(markdownToContent('<a@b.co>'))
    expect(normalizeContent(markdownToContent(contentToMarkdown(once)))).toEqual(once)
  })

  // Found while sharing the inline CSS rules: tag tables were object
  // literals, so `<constructor>` found Object's constructor and was reported
  // with a function for a rule id.
  it('reports <constructor> as HTML it does not understand, like the HTML reader', () => {
    const input = 'a <constructor>x</constructor>'
    const fromMarkdown: VFileMessage[] = []
    const fromHtml: VFileMessage[] = []
    expect(markdownToContent(input, {onMessage: (message) => fromMarkdown.push(message)})).toEqual(htmlToContent(input, {onMessage: (message) => fromHtml.push(message)}))
    expect(fromMarkdown.map((message) => [message.ruleId, message.reason])).toEqual([['html', 'HTML not understood: tags dropped, text kept (<constructor>)']])
    expect(fromHtml.map((message) => [message.ruleId, message.reason])).toEqual(fromMarkdown.map((message) => [message.ruleId, message.reason]))
  })

  // Found by the plain property in CI: the strikethrough inside the dropped
  // bold took the end of the bold for its neighbour, not the control
  // character after it, and was written `~~&#x20;~~&#x1;` (U+FFFD when read).
  it('plain flavor: a control character after strikethrough inside a dropped bold', () => {
    const tree = content(paragraph([textRun(' ', {bold: true, strikeThrough: true}), docsLink('\u0001javascript:alert(1)')]))
    const ruleIds: Array<string | undefined> = []
    const markdown = contentToMarkdown(tree, {flavor: 'plain', onMessage: (message) => ruleIds.push(message.ruleId)})
    expect(markdown).toBe('&#x20;\u0001javascript:alert(1)\n')
    expect(ruleIds).toEqual(['plain-emphasis', 'plain-emphasis', 'url'])
    expect(markdownToContent(markdown)).toEqual(content(paragraph([textRun(' \u0001javascript:alert(1)')])))
  })

  // Found by 50,000 runs of the plain properties: next to `~~`, the text's
  // first letter is written as a reference after the text handler has
  // checked for GFM's literal links, and `&#x41;https://x.y` links.
  it.each<[string, Content, string]>([
    [
      'a letter before https:// after strikethrough',
      content(paragraph([textRun('*', {strikeThrough: true}), textRun('Ahttps://x.y<at id="x">')])),
      '~~\\*~~&#x41;https&#x3A;//x.y\\<at id="x">\n'
    ],
    [
      'a letter before http:// after strikethrough, a document link after it',
      content(paragraph([textRun(' ', {strikeThrough: true}), textRun('bhttp://javascript:'), docsLink('https://a.feishu.cn/docx/0', ' ')])),
      '~~&#x20;~~&#x62;http&#x3A;//javascript:[ ](https://a.feishu.cn/docx/0)\n'
    ],
    ['the same text with no strikethrough before it', content(paragraph([textRun('Ahttps://x.y')])), 'Ahttps://x.y\n'],
    // The escape of `_` ends the address; the `@` before a `.` was not taken for an address's.
    ['an address GFM links once its `_` is escaped, with a `.` after the `@`', content(paragraph([textRun('+@.A_')])), '+&#x40;.A\\_\n']
  ])('plain flavor: %s', (_, tree, markdown) => {
    const messages: VFileMessage[] = []
    expect(contentToMarkdown(tree, {flavor: 'plain', onMessage: (message) => messages.push(message)})).toBe(markdown)
    expect(messages).toEqual([])
    expect(normalizeContent(markdownToContent(markdown))).toEqual(normalizeContent(tree))
  })

  // Found while fixing the one above: a mention's label in the plain flavor
  // is text, and a name from `people` may end in a control character.
  it('plain flavor: a name that ends in a control character before bold', () => {
    const tree = content(paragraph([person('ou_1'), textRun(' a', {bold: true})]))
    const ruleIds: Array<string | undefined> = []
    const markdown = contentToMarkdown(tree, {flavor: 'plain', people: {ou_1: 'Li\u0001'}, onMessage: (message) => ruleIds.push(message.ruleId)})
    expect(markdown).toBe('@Li\u0001 a\n')
    expect(ruleIds).toEqual(['plain-mention', 'plain-emphasis'])
    expect(markdownToContent(markdown)).toEqual(content(paragraph([textRun('@Li\u0001 a')])))
  })

  // Found by the v2 Markdown round trip: a refused untitled docs link shows its
  // URL as text, whose line endings must be text's (LF), as the HTML writer shows them.
  it('shows a refused untitled docs link\'s URL with its CR and CRLF as LF', () => {
    for (const url of ['*https://x.y\r', '\r\n*https://x.y']) {
      expect(markdownToContent(contentToMarkdown(content(paragraph([docsLink(url)]))))).toEqual(
        content(paragraph([textRun(url.replace(/\r\n?/g, '\n'))]))
      )
    }
  })
})
