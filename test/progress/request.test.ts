import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {RequestValidationError} from '../../src/feishu/errors.js'
import type {Content} from '../../src/model/types.js'
import {
  ProgressRecordValidationError,
  progressRecordFromContent,
  progressRecordFromMarkdown,
  progressRecordDelete,
  progressRecordUpdate,
  progressRecordUpdateFromMarkdown,
  type ProgressRecordFields
} from '../../src/feishu/progress/request.js'

const seedRequest = JSON.parse(readFileSync(new URL('../../fixtures/seeds/progress-record-create-request.json', import.meta.url), 'utf8'))

const content: Content = {blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'Shipped'}}]}}]}

const fields: ProgressRecordFields = {
  targetId: '7041430377642082323',
  targetType: 'kr',
  sourceTitle: 'Weekly report',
  sourceUrl: 'https://example.com/reports/42'
}

function issuesOf(run: () => unknown): Array<{path: string; message: string}> {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ProgressRecordValidationError)
    expect(error).toBeInstanceOf(RequestValidationError)
    expect(error).toBeInstanceOf(TypeError)
    return (error as ProgressRecordValidationError).issues
  }
  throw new Error('expected a ProgressRecordValidationError')
}

function issueFor(patch: Partial<Record<keyof ProgressRecordFields, unknown>>) {
  return issuesOf(() => progressRecordFromContent(content, {...fields, ...patch} as ProgressRecordFields))
}

describe('progressRecordFromContent', () => {
  it('builds the exact wire body', () => {
    expect(progressRecordFromContent(content, fields)).toEqual({
      source_title: 'Weekly report',
      source_url: 'https://example.com/reports/42',
      target_id: '7041430377642082323',
      target_type: 3,
      content
    })
  })

  it('rebuilds the seed request example from its content', () => {
    const body = progressRecordFromContent(seedRequest.content, {
      targetId: seedRequest.target_id,
      targetType: seedRequest.target_type,
      sourceTitle: seedRequest.source_title,
      sourceUrl: seedRequest.source_url
    })
    expect(body).toEqual(seedRequest)
  })

  it('writes the optional fields with their wire names', () => {
    const body = progressRecordFromContent(content, {
      ...fields,
      targetType: 'objective',
      sourceUrlPc: 'https://example.com/pc',
      sourceUrlMobile: 'http://example.com/m',
      progress: {percent: 50.21, status: 'risk'}
    })
    expect(body).toMatchObject({
      target_type: 2,
      source_url_pc: 'https://example.com/pc',
      source_url_mobile: 'http://example.com/m',
      progress_rate: {percent: 50.21, status: 1}
    })
    expect(Object.keys(body)).not.toContain('sourceUrlPc')
  })

  it.each([
    [2, 2],
    [3, 3],
    ['objective', 2],
    ['kr', 3]
  ])('accepts target type %j as %j', (given, wire) => {
    expect(progressRecordFromContent(content, {...fields, targetType: given as 2}).target_type).toBe(wire)
  })

  it.each([
    ['none', -1],
    ['normal', 0],
    ['risk', 1],
    ['delayed', 2],
    [-1, -1],
    [0, 0],
    [1, 1],
    [2, 2]
  ])('accepts status %j as %j', (given, wire) => {
    expect(progressRecordFromContent(content, {...fields, progress: {status: given as 0}}).progress_rate).toEqual({status: wire})
  })

  it.each([0, 50.21, -50.2, 100, 99_999_999_999, -99_999_999_999, 99_999_999_998.99, 0.01, 1e-2])(
    'accepts percent %j',
    (percent) => {
      expect(progressRecordFromContent(content, {...fields, progress: {percent}}).progress_rate).toEqual({percent})
    }
  )

  it('does not change the input tree and leaves person.userId out of the body', () => {
    const withPerson: Content = {
      blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'person', person: {openId: 'ou_1', userId: '7012'}}]}}]
    }
    const body = progressRecordFromContent(withPerson, fields)
    expect(body.content.blocks[0]).toEqual({type: 'paragraph', paragraph: {elements: [{type: 'person', person: {openId: 'ou_1'}}]}})
    expect(withPerson.blocks[0]).toMatchObject({paragraph: {elements: [{person: {userId: '7012'}}]}})
  })
})

describe('validation rules (one issue naming the field and the rule)', () => {
  it.each([
    ['sourceUrl', 'ftp://example.com', 'source_url', 'must match ^https?://.*$'],
    ['sourceUrl', 'example.com', 'source_url', 'must match ^https?://.*$'],
    ['sourceUrl', 'HTTPS://example.com', 'source_url', 'must match ^https?://.*$'],
    ['sourceUrl', 'https://a\nb', 'source_url', 'must match ^https?://.*$'],
    ['sourceUrl', undefined, 'source_url', 'is required (must match ^https?://.*$)'],
    ['sourceUrlPc', 'open.feishu.cn', 'source_url_pc', 'must match ^https?://.*$'],
    ['sourceUrlMobile', 'javascript:alert(1)', 'source_url_mobile', 'must match ^https?://.*$'],
    ['sourceTitle', '', 'source_title', 'must be a non-empty string'],
    ['sourceTitle', '  ', 'source_title', 'must be a non-empty string'],
    ['sourceTitle', undefined, 'source_title', 'is required'],
    ['targetId', '', 'target_id', 'must be a non-empty string'],
    ['targetId', 7041430377642082323, 'target_id', 'must be a non-empty string (ids exceed 2^53: pass them as strings)'],
    ['targetType', 1, 'target_type', 'must be 2 / "objective" or 3 / "kr"'],
    ['targetType', 'o', 'target_type', 'must be 2 / "objective" or 3 / "kr"'],
    ['targetType', '3', 'target_type', 'must be 2 / "objective" or 3 / "kr"'],
    ['targetType', undefined, 'target_type', 'is required (2 / "objective" or 3 / "kr")']
  ])('%s = %j → %s: %s', (field, value, path, message) => {
    expect(issueFor({[field]: value})).toEqual([{path, message}])
  })

  const percentRule = 'must be a number within ±99999999999 with at most two decimals'
  it.each([100_000_000_000, -100_000_000_000, 99_999_999_999.01, 50.211, 0.001, Number.NaN, Number.POSITIVE_INFINITY, '50'])(
    'percent %j → progress_rate.percent',
    (percent) => {
      expect(issueFor({progress: {percent}})).toEqual([{path: 'progress_rate.percent', message: percentRule}])
    }
  )

  it.each([3, -2, 0.5, 'ok', 'Normal', '0'])('status %j → progress_rate.status', (status) => {
    expect(issueFor({progress: {status}})).toEqual([
      {path: 'progress_rate.status', message: 'must be -1, 0, 1, 2 or one of "none", "normal", "risk", "delayed"'}
    ])
  })

  it('rejects a progress that is not an object', () => {
    expect(issueFor({progress: 5})).toEqual([{path: 'progress_rate', message: 'must be an object with `percent` and/or `status`'}])
  })

  it('lists every bad field at once, and the content issues under content.', () => {
    const issues = issuesOf(() =>
      progressRecordFromContent({blocks: [{type: 'table'}]} as never, {
        targetId: '',
        targetType: 4 as 2,
        sourceTitle: 'x',
        sourceUrl: 'nope',
        progress: {percent: 1.234, status: 9 as 0}
      })
    )
    expect(issues.map((issue) => issue.path)).toEqual([
      'source_url',
      'target_id',
      'target_type',
      'progress_rate.percent',
      'progress_rate.status',
      'content.blocks[0].type'
    ])
  })

  it('names the issues in the error message', () => {
    expect(() => progressRecordFromContent(content, {...fields, sourceUrl: 'x'})).toThrow(
      /Invalid progress record create request:\n {2}source_url: must match \^https\?:\/\/\.\*\$/
    )
  })

  it('rejects images that are neither on the web nor uploaded', () => {
    const local: Content = {blocks: [{type: 'gallery', gallery: {imageList: [{src: './chart.png'}]}}]}
    expect(issuesOf(() => progressRecordFromContent(local, fields))).toEqual([
      {
        path: 'content.blocks[0].gallery.imageList[0].src',
        message: expect.stringContaining('must be an http(s) URL, or the image must have a fileToken')
      }
    ])
    const uploaded: Content = {blocks: [{type: 'gallery', gallery: {imageList: [{src: './chart.png', fileToken: 'box1'}]}}]}
    expect(() => progressRecordFromContent(uploaded, fields)).not.toThrow()
  })

  it('rejects every URL outside the URL policy, naming each path', () => {
    const hostile: Content = {
      blocks: [
        {type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'ok', style: {link: {url: 'https://example.com'}}}}]}},
        {type: 'gallery', gallery: {imageList: [{src: 'https://example.com/a.png'}, {src: 'data:image/svg+xml,<svg onload=alert(1)>', fileToken: 'box1'}]}},
        {
          type: 'paragraph',
          paragraph: {
            elements: [
              {type: 'textRun', textRun: {text: 'x', style: {bold: true, link: {url: ' JavaScript:alert(1)'}}}},
              {type: 'person', person: {openId: 'ou_1'}},
              {type: 'docsLink', docsLink: {url: 'vbscript:msgbox(1)', title: 'doc'}}
            ]
          }
        }
      ]
    }
    const error = (() => {
      try {
        progressRecordFromContent(hostile, fields)
      } catch (error) {
        return error as ProgressRecordValidationError
      }
      throw new Error('expected a ProgressRecordValidationError')
    })()
    expect(error).toBeInstanceOf(ProgressRecordValidationError)
    expect(error.issues).toEqual([
      {path: 'content.blocks[1].gallery.imageList[1].src', message: 'must be inside the URL policy (http, https, relative, or a data: URL of a raster image)'},
      {path: 'content.blocks[2].paragraph.elements[0].textRun.style.link.url', message: 'must be inside the URL policy (http, https, mailto or relative)'},
      {path: 'content.blocks[2].paragraph.elements[2].docsLink.url', message: 'must be inside the URL policy (http, https, mailto or relative)'}
    ])
    expect(error.message).toContain('content.blocks[2].paragraph.elements[0].textRun.style.link.url: must be inside the URL policy (http, https, mailto or relative)')
  })

  it('accepts every URL inside the policy: relative and mailto links, raster data: images with a token', () => {
    const safe: Content = {
      blocks: [
        {
          type: 'paragraph',
          paragraph: {
            elements: [
              {type: 'textRun', textRun: {text: 'a', style: {link: {url: '/relative#x'}}}},
              {type: 'textRun', textRun: {text: 'b', style: {link: {url: 'mailto:a@example.com'}}}},
              {type: 'docsLink', docsLink: {url: 'https://x.feishu.cn/docx/A'}}
            ]
          }
        },
        {type: 'gallery', gallery: {imageList: [{src: 'data:image/png;base64,iVBORw0KGgo=', fileToken: 'box1'}]}}
      ]
    }
    expect(progressRecordFromContent(safe, fields).content).toEqual(safe)
  })

  it('rejects a fields value that is not an object', () => {
    expect(issuesOf(() => progressRecordFromContent(content, null as never))[0]).toEqual({path: '', message: 'fields must be an object'})
  })
})

describe('progressRecordFromMarkdown', () => {
  it('checks the fields before converting', () => {
    expect(() => progressRecordFromMarkdown('hi', {...fields, sourceUrl: 'x'})).toThrow(ProgressRecordValidationError)
  })

  // Issue 10: a URL outside the policy reached the create request.
  it('puts no URL outside the policy in the request, and reports each one refused', () => {
    const messages: string[] = []
    const markdown = '[x](javascript:alert(1)) ![a](javascript:alert(1)) [r] <vbscript:msgbox(1)>\n\n[r]: &#106;avascript:alert(1)\n\n<a href="&#106;avascript:alert(1)">y</a>'
    const body = progressRecordFromMarkdown(markdown, fields, {onMessage: (m) => messages.push(m.ruleId!)})
    expect(body.content).toEqual({
      blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'x  r vbscript:msgbox(1)'}}]}}, {type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'y'}}]}}]
    })
    expect(messages.filter((rule) => rule === 'url')).toHaveLength(5)
  })

  it('converts the Markdown and forwards messages (needs the Markdown converter)', () => {
    const messages: string[] = []
    const body = progressRecordFromMarkdown('# Title\n\nShipped **it**', fields, {onMessage: (m) => messages.push(m.ruleId!)})
    expect(body.target_type).toBe(3)
    expect(body.content.blocks).toHaveLength(2)
    expect(messages).toContain('heading')
  })
})

describe('progressRecordUpdate and progressRecordDelete', () => {
  it('builds the SDK payload of PUT …/progress_records/:progress_id: the id in the path, content and rate in data', () => {
    expect(progressRecordUpdate('7046518160811425812', content, {progress: {percent: 75, status: 'risk'}})).toEqual({
      path: {progress_id: '7046518160811425812'},
      data: {content, progress_rate: {percent: 75, status: 1}}
    })
    expect(progressRecordUpdate('7046518160811425812', content)).toEqual({path: {progress_id: '7046518160811425812'}, data: {content}})
  })

  it('checks each field as create does, the id too, and names the call', () => {
    const local: Content = {blocks: [{type: 'gallery', gallery: {imageList: [{src: './chart.png'}]}}]}
    const issues = issuesOf(() => progressRecordUpdate(7046518160811425812 as never, local, {progress: {percent: 1.234, status: 9 as 0}}))
    expect(issues.map((issue) => issue.path)).toEqual(['progress_id', 'content.blocks[0].gallery.imageList[0].src', 'progress_rate.percent', 'progress_rate.status'])
    expect(issues[0]!.message).toContain('pass them as strings')
    expect(() => progressRecordUpdate('1/../2', content)).toThrow(/^Invalid progress record update request:\n {2}progress_id: must be a record id/)
    expect(issuesOf(() => progressRecordUpdate('1', undefined as never))).toEqual([{path: 'content', message: 'is required (the update replaces the whole content)'}])
  })

  it('from Markdown: the rate is checked before the report is read; the URL policy applies', () => {
    const messages: string[] = []
    expect(() => progressRecordUpdateFromMarkdown('1', '# x', {progress: {percent: Number.NaN}}, {onMessage: (message) => messages.push(String(message.ruleId))})).toThrow(ProgressRecordValidationError)
    expect(messages).toEqual([])
    const built = progressRecordUpdateFromMarkdown('1', '**Done** [x](javascript:alert(1))', {progress: {status: 'normal'}})
    expect(built.data.progress_rate).toEqual({status: 0})
    expect(JSON.stringify(built)).not.toContain('javascript')
  })

  it('builds the delete payload, refusing an id that would change the path', () => {
    expect(progressRecordDelete('7046518160811425812')).toEqual({path: {progress_id: '7046518160811425812'}})
    expect(issuesOf(() => progressRecordDelete('a?b'))).toEqual([{path: 'progress_id', message: 'must be a record id (letters, digits, - and _)'}])
    expect(() => progressRecordDelete('')).toThrow('Invalid progress record delete request')
  })
})
