import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {content, url} from '../../src/arbitraries/index.js'
import {contentToHtml, htmlToContent} from '../../src/html/index.js'
import type {Content, Element} from '../../src/model/types.js'
import {gallery, paragraph, person, textRun} from '../../src/model/build.js'
import {runs, securityProblems} from './support.js'

/** URLs that must never reach an `href` or `src`: every case, whitespace, entity and scheme trick. */
const hostileSchemes = ['javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==']
const hostileUrl = fc.oneof(
  fc.constantFrom(...hostileSchemes),
  fc.tuple(
    fc.constantFrom(...hostileSchemes),
    fc.constantFrom('', ' ', '\t', '\n', '\u0001', '\u0000', '\u00a0', '  \r\n'),
    fc.array(fc.boolean(), {minLength: 12, maxLength: 12}),
    fc.nat(8),
    fc.constantFrom('', '\t', '\n', '\r')
  ).map(([value, lead, upper, at, inner]) => {
    const cased = [...value].map((character, index) => (upper[index % 12] ? character.toUpperCase() : character)).join('')
    return lead + cased.slice(0, at) + inner + cased.slice(at)
  }),
  fc.constantFrom('&#106;avascript:alert(1)', 'javascript&colon;alert(1)', 'jav&#x09;ascript:alert(1)',
    '"><script>alert(1)</script>', "'><img src=x onerror=alert(1)>", 'https://a.b/" onmouseover="alert(1)',
    "x' onerror='alert(1)", '`onerror=alert(1)`')
)
const hostileText = fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'", '"', '<', '>',
  '</p><script>alert(1)</script>', '<!--', ']]>', '<svg onload=alert(1)>', '&lt;script&gt;', '\u0000', '</textarea>', '`')

const hostileTree: fc.Arbitrary<Content> = fc.array(
  fc.oneof(
    fc.record({text: hostileText, link: hostileUrl}).map(({text, link}) => paragraph([textRun(text, {link: {url: link}, bold: true})])),
    fc.record({text: hostileText, link: hostileUrl}).map(({text, link}): ReturnType<typeof paragraph> =>
      paragraph([{type: 'docsLink', docsLink: {url: link, title: text}} as Element])),
    fc.record({src: hostileUrl}).map(({src}) => gallery({src, width: 10})),
    fc.record({src: hostileUrl, token: fc.constantFrom('box"><script>', "box' onload='x")}).map(({src, token}) =>
      gallery({src, fileToken: token})),
    hostileText.map((text) => paragraph([person(`ou_${text}`, text)]))
  ),
  {maxLength: 6}
).map((blocks) => ({blocks}))

function expectSafe(html: string, allowed?: ReadonlySet<string>) {
  expect(securityProblems(html, allowed)).toEqual([])
}

describe('XSS: contentToHtml is safe whatever the tree holds', () => {
  it('hostile trees give no script-capable element, no on* attribute, no URL outside the policy', () => {
    fc.assert(
      fc.property(hostileTree, fc.constantFrom<'inline' | 'classes'>('inline', 'classes'), hostileText, hostileUrl, (tree, styles, name, href) => {
        const options = {styles, resolvePerson: () => ({name, href}), linkTarget: name, linkRel: name, classPrefix: name}
        expectSafe(contentToHtml(tree, options))
        expectSafe(contentToHtml(tree, {...options, document: {title: name, lang: name}}), new Set(['meta', 'style']))
      }),
      {numRuns: runs}
    )
  })

  it('the shared arbitraries give safe output too', () => {
    fc.assert(fc.property(content(), (tree) => expectSafe(contentToHtml(tree))), {numRuns: runs})
  })

  it('reports every dropped URL with rule `url`', () => {
    const ruleIds: string[] = []
    const html = contentToHtml(
      {blocks: [paragraph([textRun('x', {link: {url: 'JaVaScRiPt:alert(1)'}})]), gallery({src: ' javascript:alert(1)'})]},
      {onMessage: (message) => ruleIds.push(message.ruleId!)}
    )
    expect(html).toBe('<p style="white-space: pre-wrap">x</p><p></p>')
    expect(ruleIds).toEqual(['url', 'url'])
  })

  it('a document title and a class prefix cannot break out', () => {
    const html = contentToHtml({blocks: []}, {document: {title: '</title><script>alert(1)</script>'}, styles: 'classes', classPrefix: '}</style><script>alert(1)</script>{'})
    expectSafe(html, new Set(['meta', 'style']))
    expect(html).not.toContain('<script')
  })

  it('URLs in the shared arbitrary never get through unchecked', () => {
    fc.assert(fc.property(url(), (value) => {
      expectSafe(contentToHtml({blocks: [paragraph([textRun('a', {link: {url: value}})]), gallery({src: value})]}))
    }), {numRuns: runs})
  })
})

/** Classic payloads (OWASP XSS filter evasion cheat sheet, mXSS research), read then written. */
const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=JaVaScRiPt:alert(\'XSS\')>',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
  '<IMG SRC="jav\tascript:alert(\'XSS\');">',
  '<IMG SRC="jav&#x0A;ascript:alert(\'XSS\');">',
  '<IMG SRC=" &#14;  javascript:alert(\'XSS\');">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="&#106;avascript:alert(1)">click</a>',
  '<a href="  JAVASCRIPT:alert(1)">click</a>',
  '<a href="java&#x09;script:alert(1)">click</a>',
  '<a href="vbscript:msgbox(1)">click</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
  '<a href="https://ok.example" onclick="alert(1)">ok</a>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<style>@import "javascript:alert(1)";</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<div style="width: expression(alert(1))">x</div>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror="alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel=stylesheet href="javascript:alert(1)">',
  '<template><script>alert(1)</script></template>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<at user_id="ou_1\' onmouseover=\'alert(1)">x</at>',
  '<span data-open-id="&quot;><script>alert(1)</script>">x</span>',
  '<img src="https://a.b/x.png" data-file-token="\'><script>alert(1)</script>">',
  '<a href="https://x.feishu.cn/docx/A" data-docs-link="&quot; onclick=&quot;alert(1)">doc</a>',
  '<p style="color: red; background-color: url(javascript:alert(1))">x</p>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<a href="data:image/png;base64,iVBORw0KGgo=">png as link</a>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<textarea><script>alert(1)</script></textarea>',
  '<select><option><script>alert(1)</script></option></select>',
  '<<script>alert(1)//<</script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '"><script>alert(String.fromCharCode(88,83,83))</script>'
]

describe('XSS: classic payloads through htmlToContent → contentToHtml', () => {
  it.each(payloads)('%s', (payload) => {
    const content = htmlToContent(payload)
    const html = contentToHtml(content, {resolvePerson: (openId) => ({name: openId})})
    expectSafe(html)
    // Script text never leaks into content as text either.
    if (/<script>alert\(1\)<\/script>$/.test(payload)) expect(JSON.stringify(content)).not.toContain('alert(1)')
  })
})
