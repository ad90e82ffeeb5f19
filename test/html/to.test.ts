import {describe, expect, it} from 'vitest'
import {contentToHast, contentToHtml, defaultCss, stylesheet} from '../../src/html/index.js'
import {checkboxCss, checkedBoxCss} from '../../src/html/to/stylesheet.js'
import {content, docsLink, gallery, paragraph, person, rgba, textRun} from '../../src/model/build.js'

const p = (inner: string) => `<p style="white-space: pre-wrap">${inner}</p>`

describe('contentToHtml handlers', () => {
  it('paragraph: pre-wrap <p>; empty paragraph is <p><br></p>', () => {
    expect(contentToHtml(content(paragraph([textRun(' a  b ')]), paragraph()))).toBe(p(' a  b ') + p('<br>'))
  })

  it('text: \\n is <br>, a trailing one gets a second <br> to show', () => {
    expect(contentToHtml(content(paragraph([textRun('a\nb\n')])))).toBe(p('a<br>b<br><br>'))
  })

  it('text: markup is escaped', () => {
    expect(contentToHtml(content(paragraph([textRun('<script>&"')])))).toBe(p('&#x3C;script>&#x26;"'))
  })

  it('marks nest link > colors > strong > del and share what neighbours have in common', () => {
    const html = contentToHtml(content(paragraph([
      textRun('a', {bold: true}),
      textRun('b', {bold: true, strikeThrough: true}),
      textRun('c', {link: {url: 'https://a.b'}, textColor: rgba(1, 2, 3, 0.5), backColor: rgba(4, 5, 6)})
    ])))
    expect(html).toBe(p('<strong>a<del>b</del></strong><a href="https://a.b"><span style="color: rgba(1, 2, 3, 0.5); background-color: rgba(4, 5, 6, 1)">c</span></a>'))
  })

  it('links: a docs-like URL on a textRun is marked data-docs-link="false"; target/rel options', () => {
    const tree = content(paragraph([textRun('x', {link: {url: 'https://t.feishu.cn/docx/A'}})]))
    expect(contentToHtml(tree)).toBe(p('<a href="https://t.feishu.cn/docx/A" data-docs-link="false">x</a>'))
    expect(contentToHtml(tree, {linkTarget: '_blank'})).toContain('target="_blank" rel="noopener noreferrer"')
    expect(contentToHtml(tree, {linkTarget: '_blank', linkRel: ''})).not.toContain('rel=')
    expect(contentToHtml(tree, {linkRel: 'nofollow'})).toContain('rel="nofollow"')
  })

  it('docsLink: keeps its title; untitled shows its URL', () => {
    expect(contentToHtml(content(paragraph([docsLink('https://t.feishu.cn/docx/A', 'Plan'), docsLink('https://t.feishu.cn/docx/B')])))).toBe(
      p('<a href="https://t.feishu.cn/docx/A" data-docs-link="">Plan</a><a href="https://t.feishu.cn/docx/B" data-docs-link="untitled">https://t.feishu.cn/docx/B</a>')
    )
  })

  it('person: a mention span with ids (colored inline), or a link from resolvePerson', () => {
    const tree = content(paragraph([person('ou_1', '42')]))
    expect(contentToHtml(tree)).toBe(p('<span class="okr-mention" style="color: #3370ff" data-open-id="ou_1" data-user-id="42">@ou_1</span>'))
    expect(contentToHtml(tree, {styles: 'classes'})).toBe('<p class="okr-text"><span class="okr-mention" data-open-id="ou_1" data-user-id="42">@ou_1</span></p>')
    expect(contentToHtml(tree, {resolvePerson: () => ({name: 'Ann', href: 'https://p/ann'}), styles: 'classes'})).toBe(
      '<p class="okr-text"><a href="https://p/ann" class="okr-mention" data-open-id="ou_1" data-user-id="42">@Ann</a></p>'
    )
  })

  it('people: names looked up beforehand, by openId then userId, before resolvePerson', () => {
    const tree = content(paragraph([person('ou_1'), textRun(' '), person('ou_2', '42'), textRun(' '), person('ou_3')]))
    const html = contentToHtml(tree, {
      styles: 'classes',
      people: new Map<string, string | {name: string; href?: string}>([['ou_1', 'Ann'], ['42', {name: 'Bo', href: 'https://p/bo'}]]),
      resolvePerson: (openId) => ({name: openId.toUpperCase()})
    })
    expect(html).toBe(
      '<p class="okr-text"><span class="okr-mention" data-open-id="ou_1">@Ann</span> ' +
        '<a href="https://p/bo" class="okr-mention" data-open-id="ou_2" data-user-id="42">@Bo</a> ' +
        '<span class="okr-mention" data-open-id="ou_3">@OU_3</span></p>'
    )
    expect(contentToHtml(tree, {people: {ou_3: 'Cy'}, styles: 'classes'})).toContain('>@Cy</span>')
  })

  it('lists: nested from indentLevel, start and value, task items', () => {
    const html = contentToHtml(content(
      paragraph([textRun('a')], {type: 'number', indentLevel: 1, number: 3}),
      paragraph([textRun('b')], {type: 'bullet', indentLevel: 2}),
      paragraph([textRun('c')], {type: 'number', indentLevel: 1, number: 7}),
      paragraph([textRun('d')], {type: 'checkedBox', indentLevel: 1})
    ), {styles: 'classes'})
    expect(html).toBe(
      '<ol start="3"><li class="okr-text">a<ul><li class="okr-text">b</li></ul></li><li class="okr-text" value="7">c</li></ol>' +
        '<ul class="contains-task-list"><li class="task-list-item okr-text"><input type="checkbox" disabled checked>d</li></ul>'
    )
  })

  it('indent: <blockquote> as plain indentation, fillers for level jumps', () => {
    const html = contentToHtml(content(paragraph([textRun('x')], {type: 'indent', indentLevel: 2})), {styles: 'classes'})
    expect(html).toBe('<blockquote class="okr-indent"><blockquote class="okr-indent"><p class="okr-text">x</p></blockquote></blockquote>')
  })

  it('task items: a checkbox drawn by CSS, inline or from the stylesheet', () => {
    const tree = content(paragraph([textRun('a')], {type: 'checkBox', indentLevel: 1}), paragraph([textRun('b')], {type: 'checkedBox', indentLevel: 1}))
    const inline = contentToHtml(tree)
    expect(inline).toContain(`<input type="checkbox" disabled style="${checkboxCss}">a`)
    expect(inline).toContain(`<input type="checkbox" disabled checked style="${checkedBoxCss}">b`)
    expect(contentToHtml(tree, {styles: 'classes'})).toContain('<input type="checkbox" disabled>a')
    expect(defaultCss).toContain(`.task-list-item > input[type=checkbox]:checked { ${checkedBoxCss}; }`)
  })

  it('gallery: images with sizes and file tokens; an image without URL keeps its token', () => {
    expect(contentToHtml(content(gallery({src: 'https://a.b/i.png', width: 2.5, height: 3}, {fileToken: 'boxA'})))).toBe(
      '<p><img src="https://a.b/i.png" alt="" width="2.5" height="3"><img alt="" data-file-token="boxA"></p>'
    )
  })

  it('document mode: doctype, title, lang; class mode embeds the stylesheet', () => {
    const html = contentToHtml(content(), {document: {title: 'T', lang: 'zh'}, styles: 'classes'})
    expect(html).toBe(`<!doctype html><html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>T</title><style>${defaultCss}</style></head><body></body></html>`)
    expect(stylesheet({classPrefix: 'x-'})).toContain('.x-text { white-space: pre-wrap; }')
  })

  it('contentToHast gives hast for rehype, without raw nodes', () => {
    const tree = contentToHast(content(paragraph([textRun('<b>')])))
    expect(tree).toEqual({type: 'root', children: [{type: 'element', tagName: 'p', properties: {style: 'white-space: pre-wrap'}, children: [{type: 'text', value: '<b>'}]}]})
  })

  it('messages name the path in the caller\'s tree: a merged run at its first element, blocks after an empty gallery as given', () => {
    const reasons: string[] = []
    const tree = content(
      gallery(),
      paragraph([textRun(''), textRun('a', {link: {url: 'javascript:a'}}), textRun('b', {link: {url: 'javascript:a'}}), docsLink('vbscript:d')]),
      gallery({src: 'data:text/html,x', fileToken: 'boxA'})
    )
    contentToHtml(tree, {onMessage: (message) => reasons.push(message.reason)})
    expect(reasons.map((reason) => /\((blocks\[[^:]+)/.exec(reason)?.[1])).toEqual([
      'blocks[1].paragraph.elements[1]',
      'blocks[1].paragraph.elements[3]',
      'blocks[2].gallery.imageList[0]'
    ])
  })

  it('contentToHast nodes made from one element share nothing', () => {
    const tree = contentToHast(content(paragraph([textRun('a')]), paragraph([textRun('b')])), {styles: 'classes'})
    const [first, second] = tree.children as Array<{properties: {className: string[]}}>
    first!.properties.className.push('mine')
    expect(second!.properties.className).toEqual(['okr-text'])
  })
})
