import {describe, expect, it} from 'vitest'
import {htmlToContent} from '../../src/html/index.js'
import {content, docsLink, gallery, paragraph, person, rgba, textRun} from '../../src/model/build.js'
import {VFile} from '../../src/messages.js'

function read(html: string) {
  const ruleIds: string[] = []
  const result = htmlToContent(html, {onMessage: (message) => ruleIds.push(message.ruleId!)})
  return {result, ruleIds}
}

describe('htmlToContent handlers', () => {
  it('GitHub/CommonMark HTML maps the way a reader sees it', () => {
    expect(read('<p>a <strong>b</strong></p>\n<ul>\n<li>x</li>\n</ul>').result).toEqual(
      content(paragraph([textRun('a '), textRun('b', {bold: true})]), paragraph([textRun('x')], {type: 'bullet', indentLevel: 1}))
    )
  })

  it('strong: <b>, <strong>, font-weight ≥ 600; CSS overrides the tag', () => {
    expect(read('<b>a</b><span style="font-weight:600">b</span><b style="font-weight:400">c</b>').result).toEqual(
      content(paragraph([textRun('ab', {bold: true}), textRun('c')]))
    )
  })

  it('del: <s>, <del>, <strike>, line-through', () => {
    expect(read('<s>a</s><strike>b</strike><span style="text-decoration: underline line-through">c</span>').result).toEqual(
      content(paragraph([textRun('abc', {strikeThrough: true})]))
    )
  })

  it('colors: any CSS form, <font color>, alpha kept exactly', () => {
    expect(read('<span style="color: rgba(1, 2, 3, 0.123456789); background-color: #0a0b0c">a</span><font color="blue">b</font>').result).toEqual(
      content(paragraph([
        textRun('a', {textColor: rgba(1, 2, 3, 0.123456789), backColor: rgba(10, 11, 12)}),
        textRun('b', {textColor: rgba(0, 0, 255)})
      ]))
    )
  })

  it('br: \\n; a trailing <br> shows nothing; <p><br></p> is an empty paragraph; <p></p> nothing', () => {
    expect(read('<p>a<br>b<br></p><p><br></p><p></p>').result).toEqual(content(paragraph([textRun('a\nb')]), paragraph()))
  })

  it('whitespace: collapses in normal flow, kept under pre-wrap', () => {
    expect(read('<p>  a \n\t b  </p><p style="white-space:pre-wrap"> a \t b </p>').result).toEqual(
      content(paragraph([textRun('a b')]), paragraph([textRun(' a \t b ')]))
    )
  })

  it('lists: levels add up through <li> and <blockquote>, ol start and li value', () => {
    expect(read('<ol start="4"><li>a<blockquote><p>q</p></blockquote></li><li value="9">b<ul><li>c</li></ul></li></ol>').result).toEqual(content(
      paragraph([textRun('a')], {type: 'number', indentLevel: 1, number: 4}),
      paragraph([textRun('q')], {type: 'indent', indentLevel: 2}),
      paragraph([textRun('b')], {type: 'number', indentLevel: 1, number: 9}),
      paragraph([textRun('c')], {type: 'bullet', indentLevel: 2})
    ))
  })

  it('task items: a checkbox first in the item', () => {
    expect(read('<ul><li><input type="checkbox" checked> done</li><li><p><input type=checkbox> todo</p></li></ul>').result).toEqual(content(
      paragraph([textRun('done')], {type: 'checkedBox', indentLevel: 1}),
      paragraph([textRun('todo')], {type: 'checkBox', indentLevel: 1})
    ))
  })

  it('links and docs links, with the docsLinks option', () => {
    const html = '<a href="https://t.feishu.cn/docx/A">Doc</a> <a href="https://e.com">web</a>'
    expect(read(html).result).toEqual(content(paragraph([docsLink('https://t.feishu.cn/docx/A', 'Doc'), textRun(' '), textRun('web', {link: {url: 'https://e.com'}})])))
    expect(htmlToContent(html, {docsLinks: false})).toEqual(content(paragraph([
      textRun('Doc', {link: {url: 'https://t.feishu.cn/docx/A'}}), textRun(' '), textRun('web', {link: {url: 'https://e.com'}})
    ])))
  })

  it('a space before a docs link is not part of its title', () => {
    expect(read('a <a href="https://t.feishu.cn/docx/A">T</a>').result).toEqual(content(paragraph([textRun('a '), docsLink('https://t.feishu.cn/docx/A', 'T')])))
  })

  it('mentions: data-open-id and Feishu <at> forms; the label is not content', () => {
    expect(read('<span data-open-id="ou_1" data-user-id="7">@Ann</span><at id="ou_2"></at><at user_id="ou_3">B</at><at open_id="ou_4">C</at>').result).toEqual(
      content(paragraph([person('ou_1', '7'), person('ou_2'), person('ou_3'), person('ou_4')]))
    )
  })

  it('images: consecutive images are one gallery; an image in text splits it (reported)', () => {
    const {result, ruleIds} = read('<p>a<img src="https://e.com/1.png" width="10" style="height: 20px"><img data-file-token="boxT">b</p>')
    expect(result).toEqual(content(
      paragraph([textRun('a')]),
      gallery({src: 'https://e.com/1.png', width: 10, height: 20}, {fileToken: 'boxT'}),
      paragraph([textRun('b')])
    ))
    expect(ruleIds).toEqual(['image-in-text'])
  })

  it('URL policy on input: unsafe href/src dropped and reported, text kept', () => {
    const {result, ruleIds} = read('<a href=" JAVASCRIPT:alert(1)">x</a><img src="data:image/svg+xml,<svg>">')
    expect(result).toEqual(content(paragraph([textRun('x')])))
    expect(ruleIds).toEqual(['url', 'url'])
  })

  it('degradations use the Markdown rule ids, with the position of the element', () => {
    const file = new VFile()
    htmlToContent('<h2>t</h2><em>e</em><u>u</u><code>c</code><pre>p</pre><table><tr><td>x</td></tr></table><hr><span style="color:hsl(1,2%,3%)">h</span><x-y>z</x-y>', {file})
    expect(file.messages.map((message) => message.ruleId)).toEqual(['heading', 'emphasis', 'underline', 'inline-code', 'code', 'table', 'thematic-break', 'color', 'html'])
    expect(file.messages[0]!.place).toMatchObject({start: {line: 1, column: 1, offset: 0}})
    expect(file.messages[0]!.source).toBe('okr-content')
  })

  it('ignored silently: script, style, template, comments, svg, math, inputs outside task items', () => {
    const {result, ruleIds} = read('<script>s</script><style>s</style><template>t</template><!--c--><svg><text>v</text></svg><math>m</math><input value="i"><noscript>n</noscript>ok')
    expect(result).toEqual(content(paragraph([textRun('ok')])))
    expect(ruleIds).toEqual([])
  })

  it('list depth is clamped at 16 and reported', () => {
    const {result, ruleIds} = read('<blockquote>'.repeat(20) + 'x')
    expect(result).toEqual(content(paragraph([textRun('x')], {type: 'indent', indentLevel: 16})))
    expect(ruleIds).toEqual(['list-depth'])
  })

  it('Word list paragraphs become items, the marker tells the kind', () => {
    const html = `<p style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">3.<span>&nbsp; </span></span>Three</p>`
    expect(read(html).result).toEqual(content(paragraph([textRun('Three')], {type: 'number', indentLevel: 1, number: 3})))
  })
})

describe('hastToContent', () => {
  it('reads hast as hast-util-from-html builds it (rehype pipelines)', async () => {
    const {fromHtml} = await import('hast-util-from-html')
    const {hastToContent} = await import('../../src/html/index.js')
    const html = '<ol start="2"><li value="5"><input type="checkbox" checked>a</li></ol><p class="okr-text"> <span data-open-id="ou_1">@x</span> </p><img src="https://e.com/a.png" width="3">'
    expect(hastToContent(fromHtml(html, {fragment: true}))).toEqual(htmlToContent(html))
  })
})

describe('htmlToContent: blocks inside a table cell (clipboard tables)', () => {
  const row = (html: string) => {
    const {result, ruleIds} = read(html)
    return {text: result.blocks.map((block) => (block.type === 'paragraph' ? block.paragraph.elements.map((element) => (element.type === 'textRun' ? element.textRun.text : '')).join('') : '')), ruleIds}
  }

  it('a boundary of paragraphs, divs, headings, <pre>, <hr> is a line break in the row, never nothing', () => {
    expect(row('<table><tr><td><p>one</p><p>two</p></td><td>x</td></tr></table>')).toEqual({text: ['one\ntwo | x'], ruleIds: ['table']})
    expect(row('<table><tr><td> <div> one </div> <div> two </div> </td><td> <p></p><p>z</p> </td></tr></table>').text).toEqual(['one\ntwo | z'])
    expect(row('<table><tr><td><h2>T</h2>text<hr>more<pre>a\nb</pre></td></tr></table>').text).toEqual(['T\ntext\nmore\na\nb'])
  })

  it('reads as the same cell written with <br> (two inputs that look the same)', () => {
    expect(read('<table><tr><td><p>one</p><p><b>two</b></p></td></tr></table>').result).toEqual(
      read('<table><tr><td>one<br><b>two</b></td></tr></table>').result
    )
  })

  it('a <br> that ends a block or a cell shows nothing; one more is an empty line', () => {
    expect(row('<table><tr><td><p>x<br></p><p>y</p></td><td>a<br></td><td>b</td></tr></table>').text).toEqual(['x\ny | a | b'])
    expect(row('<table><tr><td><p>x</p><br>y</td></tr></table>').text).toEqual(['x\n\ny'])
  })

  it('list items are lines that start with their marker: • or their number (start, value)', () => {
    expect(row('<table><tr><td><ol><li>first</li><li>second</li></ol></td></tr></table>').text).toEqual(['1. first\n2. second'])
    expect(row('<table><tr><td><ol start="3"><li>c</li><li value="9">i</li></ol><ul><li> a </li><li>b<ul><li>c</li></ul></li></ul></td></tr></table>').text).toEqual([
      '3. c\n9. i\n• a\n• b\n• c'
    ])
  })

  it("Word's list paragraphs in a cell keep their marker as text (number or •)", () => {
    const item = (marker: string, text: string) =>
      `<p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">${marker}<span style="font:7.0pt">&nbsp;&nbsp; </span></span>${text}</p>`
    expect(row(`<table><tr><td>${item('1.', 'Alpha')}${item('b)', 'Beta')}${item('·', 'Gamma')}</td></tr></table>`).text).toEqual(['1. Alpha\nb) Beta\n• Gamma'])
    expect(row(`<table><tr><td>${item('iv.', 'A')}${item('(a)', 'B')}${item('1.2.', 'C')}${item('o', 'D')}${item('§', 'E')}</td></tr></table>`).text).toEqual([
      'iv. A\n(a) B\n1.2. C\n• D\n• E'
    ])
  })

  it('an image in a cell moves out (image-in-text); the row goes on without a line break first', () => {
    expect(row('<table><tr><td><p>a</p><img src="https://e.com/x.png"><p>b</p></td><td>c</td></tr></table>')).toEqual({
      text: ['a', '', 'b | c'],
      ruleIds: ['table', 'image-in-text']
    })
  })

  it('a table in a cell: its rows are lines, its cells joined by " | "', () => {
    expect(row('<table><tr><td>x<table><tr><td><p>a</p></td><td>b</td></tr><tr><td>c</td></tr></table>y</td><td>z</td></tr></table>').text).toEqual([
      'x\na | b\nc\ny | z'
    ])
  })
})
