import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {isRelativeUrl, isSafeUrl} from '../../src/dialect/url.js'
import {RequestValidationError} from '../../src/feishu/errors.js'
import {
  progressRecordFromContent,
  progressRecordFromMarkdown,
  progressRecordUpdate,
  progressRecordUpdateFromMarkdown,
  type ProgressRecordFields
} from '../../src/feishu/progress/request.js'
import {contentToHtml, htmlToContent} from '../../src/html/index.js'
import {markdownToContent} from '../../src/markdown/index.js'
import {content, gallery, paragraph, textRun, docsLink} from '../../src/model/build.js'
import {contentToV2} from '../../src/v2/adapt.js'
import {keyResultPatchFromContent, objectiveCreateFromMarkdown} from '../../src/v2/request.js'

/**
 * README § Security: `//host` (another host) and `\…` (a Windows UNC path)
 * are outside the URL policy everywhere, however spelled; a relative URL is
 * fine where a page has a base, and reported (or refused) in a request.
 */
const otherHosts = [
  '//evil.example/x',
  '\\\\evil.example\\x',
  '/\\evil.example/x',
  '\\/evil.example/x',
  '\\x',
  ' //evil.example/x',
  '\u0001//evil.example',
  '\t//evil.example',
  '/\t/evil.example',
  '/\n\\evil.example',
  '\\\n\\evil.example'
]
const relative = ['/path', 'path/to', './a', '../a', '?q=1', '#top', 'a%5C%5Cb', '/a\\b', '']

function issuesOf(run: () => unknown): Array<{path: string; message: string}> {
  try {
    run()
  } catch (error) {
    if (error instanceof RequestValidationError) return error.issues
    throw error
  }
  return []
}

describe('the URL policy: // and \\ name another host', () => {
  it.each(otherHosts)('%j is outside the policy for links and images, and not relative', (url) => {
    expect(isSafeUrl(url, 'link')).toBe(false)
    expect(isSafeUrl(url, 'image')).toBe(false)
    expect(isRelativeUrl(url)).toBe(false)
  })

  it.each(relative)('%j is relative, inside the policy', (url) => {
    expect(isSafeUrl(url, 'link')).toBe(true)
    expect(isSafeUrl(url, 'image')).toBe(true)
    expect(isRelativeUrl(url)).toBe(true)
  })

  it('absolute URLs are not relative', () => {
    for (const url of ['https://a.example/x', 'HTTP://a', 'mailto:a@b.example', 'data:image/png;base64,AA']) expect(isRelativeUrl(url)).toBe(false)
    // Outside the policy: not relative either.
    for (const url of ['javascript:alert(1)', 'a:b']) expect(isRelativeUrl(url)).toBe(false)
  })

  it('both readers refuse them and report rule url; HTML output drops them', () => {
    const ruleIds: string[] = []
    const onMessage = (message: VFileMessage) => ruleIds.push(String(message.ruleId))
    expect(markdownToContent('[x](//evil.example/x) ![](//evil.example/a.png)', {onMessage})).toEqual(content(paragraph([textRun('x ')])))
    expect(htmlToContent('<a href="\\\\evil.example\\x">x</a><img src="/\\evil.example/a.png">', {onMessage})).toEqual(content(paragraph([textRun('x')])))
    const html = contentToHtml(content(paragraph([textRun('x', {link: {url: '//evil.example/x'}})])), {onMessage})
    expect(html).not.toContain('evil')
    expect(html).not.toContain('<a')
    expect(ruleIds).toEqual(['url', 'url', 'url', 'url', 'url'])
  })
})

const fields: ProgressRecordFields = {targetId: '1', targetType: 'kr', sourceTitle: 'Weekly', sourceUrl: 'https://example.com/r'}
const tree = content(
  paragraph([textRun('a', {link: {url: './notes'}}), docsLink('https://x.feishu.cn/docx/A', 'Doc'), textRun('b', {link: {url: 'https://example.com'}})]),
  gallery({src: '/chart.png', fileToken: 'box1'})
)

describe('request builders: relative URLs have no base in the Feishu clients', () => {
  it('v1: each relative URL is a warning (rule relative-url) with its path; the request is built', () => {
    const messages: VFileMessage[] = []
    const request = progressRecordFromContent(tree, fields, {onMessage: (message) => messages.push(message)})
    expect(request.content).toEqual(tree)
    expect(messages.map((message) => [message.ruleId, message.fatal, message.reason.split(' (').at(-1)])).toEqual([
      ['relative-url', false, 'content.blocks[0].paragraph.elements[0].textRun.style.link.url: "./notes")'],
      ['relative-url', false, 'content.blocks[1].gallery.imageList[0].src: "/chart.png")']
    ])
  })

  it("v1: relativeUrls: 'refuse' makes each one an issue", () => {
    expect(issuesOf(() => progressRecordFromContent(tree, fields, {relativeUrls: 'refuse'}))).toEqual([
      {path: 'content.blocks[0].paragraph.elements[0].textRun.style.link.url', message: "must be an absolute URL (relativeUrls: 'refuse'): the Feishu clients have no base to resolve a relative one against"},
      {path: 'content.blocks[1].gallery.imageList[0].src', message: "must be an absolute URL (relativeUrls: 'refuse'): the Feishu clients have no base to resolve a relative one against"}
    ])
    expect(issuesOf(() => progressRecordFromMarkdown('[x](a.html)', fields, {relativeUrls: 'refuse'})).map((issue) => issue.path)).toEqual([
      'content.blocks[0].paragraph.elements[0].textRun.style.link.url'
    ])
  })

  it('v1 update: the same rule as create, warned or refused', () => {
    const paths: string[] = []
    progressRecordUpdate('7046518160811425812', tree, {}, {onMessage: (message) => paths.push(message.reason.split(' (').at(-1)!)})
    expect(paths).toEqual([
      'content.blocks[0].paragraph.elements[0].textRun.style.link.url: "./notes")',
      'content.blocks[1].gallery.imageList[0].src: "/chart.png")'
    ])
    expect(issuesOf(() => progressRecordUpdateFromMarkdown('7046518160811425812', '[x](a.html)', {}, {relativeUrls: 'refuse'})).map((issue) => issue.path)).toEqual([
      'content.blocks[0].paragraph.elements[0].textRun.style.link.url'
    ])
  })

  it('v1: a URL to another host built by hand is outside the policy', () => {
    const hostile = content(paragraph([textRun('x', {link: {url: '\\\\evil.example\\share'}}), docsLink('//evil.example/docx/A')]))
    expect(issuesOf(() => progressRecordFromContent(hostile, fields))).toEqual([
      {path: 'content.blocks[0].paragraph.elements[0].textRun.style.link.url', message: 'must be inside the URL policy (http, https, mailto or relative)'},
      {path: 'content.blocks[0].paragraph.elements[1].docsLink.url', message: 'must be inside the URL policy (http, https, mailto or relative)'}
    ])
  })

  it('v2: the same, with the v2 paths, from trees and from Markdown', () => {
    const reasons: string[] = []
    keyResultPatchFromContent({content: contentToV2(tree)}, {onMessage: (message) => reasons.push(message.reason)})
    expect(reasons.map((reason) => reason.split(' (').at(-1))).toEqual([
      'content.blocks[0].paragraph.elements[0].text_run.style.link.url: "./notes")',
      'content.blocks[1].gallery.images[0].src: "/chart.png")'
    ])
    expect(issuesOf(() => objectiveCreateFromMarkdown({notes: '[x](#top)'}, {relativeUrls: 'refuse'})).map((issue) => issue.path)).toEqual([
      'notes.blocks[0].paragraph.elements[0].text_run.style.link.url'
    ])
    expect(issuesOf(() => keyResultPatchFromContent({content: contentToV2(content(paragraph([textRun('x', {link: {url: '//evil.example'}})])))}))).toEqual([
      {path: 'content.blocks[0].paragraph.elements[0].text_run.style.link.url', message: 'must be inside the URL policy (http, https, mailto or relative)'}
    ])
  })
})
