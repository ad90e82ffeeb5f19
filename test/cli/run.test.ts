import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {formatOf} from '../../src/cli/io.js'
import {errorLines} from '../../src/cli/report.js'
import {run} from '../../src/cli/run.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))

async function cli(argv: string[], stdin: string | Uint8Array = '', cwd = root) {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    stdin: async () => (typeof stdin === 'string' ? Buffer.from(stdin) : stdin),
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd
  }, pkg.version)
  return {code, stdout, stderr}
}

function jsonError(text: string): string {
  try {
    JSON.parse(text)
  } catch (error) {
    return (error as Error).message
  }
  return ''
}

const progressArgs = [
  '--target-id', '7041430377642082323',
  '--target-type', 'kr',
  '--source-title', 'Weekly report',
  '--source-url', 'https://example.com/reports/42'
]

describe('okr-content (in process)', () => {
  it.each([[['--help']], [['convert', '--help']], [['progress', '--help']], [['render', '--help']], [[]]])(
    '%j prints help and exits 0',
    async (argv) => {
      const {code, stdout, stderr} = await cli(argv)
      expect(code).toBe(0)
      expect(stdout).toMatch(/^Usage: okr-content/)
      expect(stderr).toBe('')
    }
  )

  it('prints the version', async () => {
    expect(await cli(['--version'])).toEqual({code: 0, stdout: `${pkg.version}\n`, stderr: ''})
  })

  it.each([
    [['frobnicate'], "okr-content: unknown command 'frobnicate'"],
    [['convert', 'a.md', '--to', 'yaml'], "okr-content: option '-t, --to <format>' argument 'yaml' is invalid. Allowed choices are md, html, json."],
    [['convert', '--bogus'], "okr-content: unknown option '--bogus'"],
    [['progress', 'fixtures/weekly-report.md'], "okr-content: required option '--target-id <id>' not specified"],
    [['render'], "okr-content: missing required argument 'record'"]
  ])('%j is a usage error: one line, exit 2', async (argv, line) => {
    const {code, stdout, stderr} = await cli(argv)
    expect({code, stdout, stderr}).toEqual({code: 2, stdout: '', stderr: `${line}\n`})
  })

  describe('convert', () => {
    it('converts a Markdown file to JSON (formats from the extension), reporting losses with file:line:column and rule', async () => {
      const {code, stdout, stderr} = await cli(['convert', 'fixtures/weekly-report.md'])
      expect(code).toBe(0)
      const content = JSON.parse(stdout)
      expect(content.blocks.length).toBeGreaterThan(10)
      expect(stderr).toBe('fixtures/weekly-report.md:1:1: heading kept as a bold paragraph: the format has no headings (h1) [heading]\n')
    })

    it('--strict writes the output, then exits 1 (as remark --frail does)', async () => {
      const {code, stdout, stderr} = await cli(['convert', 'fixtures/weekly-report.md', '--strict'])
      expect(code).toBe(1)
      expect(JSON.parse(stdout).blocks.length).toBeGreaterThan(10)
      expect(stderr).toContain('[heading]')
      expect(stderr.trim().split('\n').at(-1)).toBe('okr-content: 1 conversion message with --strict')
    })

    it('--strict passes when nothing is lost', async () => {
      const {code, stdout} = await cli(['convert', '--from', 'md', '--to', 'json', '--strict'], 'Plain **text**\n')
      expect(code).toBe(0)
      expect(JSON.parse(stdout).blocks).toHaveLength(1)
    })

    it('reads stdin and writes stdout; messages name <stdin>', async () => {
      const {code, stdout, stderr} = await cli(['convert', '-', '--from', 'md', '--to', 'md'], '# Hi\n\n- a\n')
      expect(code).toBe(0)
      expect(stdout).toBe('**Hi**\n\n- a\n')
      expect(stderr).toMatch(/^<stdin>:1:1: .*\[heading\]\n$/)
    })

    it('reads stdin as Markdown unless told otherwise; asks for --from on a file of unknown kind', async () => {
      expect(await cli(['convert'], '**x**')).toEqual({
        code: 0,
        stdout: `${JSON.stringify({blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'x', style: {bold: true}}}]}}]}, null, 2)}\n`,
        stderr: ''
      })
      expect((await cli(['convert', 'notes.txt'])).stderr).toBe('okr-content: cannot tell the format of notes.txt: give --from md|html|json\n')
    })

    it('reads JSON as a bare tree, {content}, or a record envelope, and writes Markdown by default', async () => {
      const tree = {blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'Hi', style: {bold: true}}}]}}]}
      for (const input of [tree, {content: tree}, {code: 0, msg: 'success', data: {content: tree}}]) {
        expect(await cli(['convert', '--from', 'json'], JSON.stringify(input))).toEqual({code: 0, stdout: '**Hi**\n', stderr: ''})
      }
    })

    it('converts JSON to HTML, a standalone page with --document', async () => {
      const fragment = await cli(['convert', 'fixtures/seeds/progress-record-get-response.json', '--to', 'html'])
      expect(fragment.code).toBe(0)
      expect(fragment.stdout).toContain('ou_b1ba99a5340289d7af30839fd95ce1ee')
      expect(fragment.stdout).not.toMatch(/<html/i)
      const page = await cli(['convert', 'fixtures/seeds/progress-record-get-response.json', '--to', 'html', '--document'])
      expect(page.stdout).toMatch(/^<!doctype html>/i)
    })

    it('--flavor plain writes Markdown without HTML and reports each loss with its path; --strict fails on them', async () => {
      const tree = {blocks: [{type: 'paragraph', paragraph: {elements: [
        {type: 'textRun', textRun: {text: 'Ask '}},
        {type: 'person', person: {openId: 'ou_1'}},
        {type: 'textRun', textRun: {text: ': late', style: {textColor: {red: 216, green: 57, blue: 49, alpha: 1}}}}
      ]}}]}
      const plain = await cli(['convert', '--from', 'json', '--flavor', 'plain'], JSON.stringify(tree))
      expect(plain).toEqual({
        code: 0,
        stdout: 'Ask @ou_1: late\n',
        stderr:
          '<stdin>: mention written as its label, "@name": plain Markdown has no mentions, so it reads back as text (as the mention only when the reader is given people that name it) (blocks[0].paragraph.elements[1]: "@ou_1") [plain-mention]\n' +
          '<stdin>: text or background color dropped: plain Markdown has no colors (blocks[0].paragraph.elements[2]: ": late") [plain-color]\n'
      })
      expect(await cli(['convert', '--from', 'json', '--flavor', 'lossless'], JSON.stringify(tree))).toEqual({
        code: 0,
        stdout: 'Ask <at id="ou_1">@ou_1</at><span style="color: rgba(216, 57, 49, 1)">: late</span>\n',
        stderr: ''
      })
      const strict = await cli(['convert', '--from', 'json', '--flavor', 'plain', '--strict'], JSON.stringify(tree))
      expect(strict.code).toBe(1)
      expect(strict.stdout).toBe('Ask @ou_1: late\n')
      expect(strict.stderr.trim().split('\n').at(-1)).toBe('okr-content: 2 conversion messages with --strict')
      expect(await cli(['convert', '--from', 'json', '--flavor', 'gfm'], '{}')).toEqual({
        code: 2,
        stdout: '',
        stderr: "okr-content: option '--flavor <flavor>' argument 'gfm' is invalid. Allowed choices are lossless, plain.\n"
      })
    })

    it('reads HTML', async () => {
      const {code, stdout} = await cli(['convert', '--from', 'html', '--to', 'json'], '<p><strong>Hi</strong></p>')
      expect(code).toBe(0)
      expect(JSON.parse(stdout).blocks[0].paragraph.elements[0].textRun).toEqual({text: 'Hi', style: {bold: true}})
    })

    it('writes to --output, the format from its extension', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'okr-content-cli-'))
      writeFileSync(path.join(dir, 'in.md'), 'Hello\n')
      const {code, stdout} = await cli(['convert', 'in.md', '-o', 'out.json'], '', dir)
      expect({code, stdout}).toEqual({code: 0, stdout: ''})
      expect(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'))).toEqual({
        blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'Hello'}}]}}]
      })
    })

    it.each([
      [['convert', 'missing.md'], '', 'okr-content: cannot read missing.md: no such file'],
      [['convert', 'fixtures'], '', 'okr-content: cannot tell the format of fixtures: give --from md|html|json'],
      [['convert', 'fixtures', '--from', 'md'], '', 'okr-content: cannot read fixtures: is a directory'],
      [['convert', '--from', 'json'], '{"blocks": [{"type": "table"}]}', 'okr-content: Invalid content_block tree:\n  blocks[0].type: must be "paragraph" or "gallery"'],
      [['convert', '--from', 'json'], '{"code": 1001004, "msg": "okr data not found"}', 'okr-content: Feishu API error 1001004: okr data not found — No OKR data has this ID: check the ID you passed (e.g. the progress_id). (对应ID的数据不存在，请检查传入的 OKR 进展记录 ID（progress_id）是否正确)']
    ])('%j with bad input: what is wrong, exit 2, no stack trace', async (argv, stdin, line) => {
      expect(await cli(argv, stdin)).toEqual({code: 2, stdout: '', stderr: `${line}\n`})
    })

    it('prints the first 20 messages of a rule, then how many more', async () => {
      const headings = Array.from({length: 45}, (_, index) => `# H${index}`).join('\n\n')
      const {code, stderr} = await cli(['convert', '--to', 'md'], `${headings}\n\n*em*\n`)
      expect(code).toBe(0)
      const lines = stderr.trim().split('\n')
      expect(lines.filter((line) => line.endsWith('[heading]') && line.startsWith('<stdin>:'))).toHaveLength(21)
      expect(lines.filter((line) => line.endsWith('[emphasis]'))).toHaveLength(1)
      expect(lines.at(-1)).toBe('<stdin>: … and 25 more [heading]')
    })

    it.each([
      ['bytes that are not UTF-8', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]), 'okr-content: <stdin>: not UTF-8 text (a binary file?)'],
      ['NUL characters (UTF-16 text)', Buffer.from('hi', 'utf16le'), 'okr-content: <stdin>: not UTF-8 text (it holds NUL characters: a binary file?)']
    ])('rejects %s with one line, exit 2', async (_, bytes, line) => {
      expect(await cli(['convert'], bytes)).toEqual({code: 2, stdout: '', stderr: `${line}\n`})
    })

    it('drops a UTF-8 byte order mark', async () => {
      const {stdout} = await cli(['convert', '--to', 'md'], Buffer.from('\ufeff**a**\n'))
      expect(stdout).toBe('**a**\n')
    })

    it('rejects invalid JSON with one line, exit 2', async () => {
      const {code, stdout, stderr} = await cli(['convert', '--from', 'json'], '{"blocks": [')
      expect({code, stdout}).toEqual({code: 2, stdout: ''})
      expect(stderr).toMatch(/^okr-content: <stdin>: invalid JSON: [^\n]+\n$/)
    })
  })

  describe('progress', () => {
    it('prints the create body as JSON', async () => {
      const {code, stdout, stderr} = await cli(['progress', 'fixtures/weekly-report.md', ...progressArgs, '--percent', '50.21', '--status', 'risk'])
      expect(code).toBe(0)
      expect(stderr).toContain('fixtures/weekly-report.md:1:1:')
      const body = JSON.parse(stdout)
      expect(body).toMatchObject({
        source_title: 'Weekly report',
        source_url: 'https://example.com/reports/42',
        target_id: '7041430377642082323',
        target_type: 3,
        progress_rate: {percent: 50.21, status: 1}
      })
      expect(stdout).toBe(`${JSON.stringify(body, null, 2)}\n`)
      expect(body.content.blocks.length).toBeGreaterThan(10)
    })

    it('reads stdin, takes numeric target types and statuses, and the optional URLs', async () => {
      const {code, stdout} = await cli(
        ['progress', '-', ...progressArgs.slice(0, 2), '--target-type', '2', ...progressArgs.slice(4), '--status', '-1', '--source-url-pc', 'https://pc.example.com'],
        'Done.\n'
      )
      expect(code).toBe(0)
      expect(JSON.parse(stdout)).toMatchObject({target_type: 2, progress_rate: {status: -1}, source_url_pc: 'https://pc.example.com'})
    })

    it('reports a relative link (no base in the Feishu clients) with its path in the request', async () => {
      const {code, stdout, stderr} = await cli(['progress', '-', ...progressArgs], 'See [notes](./notes.md).\n')
      expect(code).toBe(0)
      expect(JSON.parse(stdout).content.blocks[0].paragraph.elements[1].textRun.style.link.url).toBe('./notes.md')
      expect(stderr).toContain('(content.blocks[0].paragraph.elements[1].textRun.style.link.url: "./notes.md")')
    })

    it('--strict fails on the heading, after writing the body', async () => {
      const {code, stdout, stderr} = await cli(['progress', 'fixtures/weekly-report.md', ...progressArgs, '--strict'])
      expect(code).toBe(1)
      expect(JSON.parse(stdout).target_type).toBe(3)
      expect(stderr.trim().split('\n').at(-1)).toBe('okr-content: 1 conversion message with --strict')
    })

    it.each([
      [['--source-url', 'example.com'], 'okr-content: Invalid progress record create request:\n  source_url: must match ^https?://.*$'],
      [['--percent', '50.211'], 'okr-content: Invalid progress record create request:\n  progress_rate.percent: must be a number within ±99999999999 with at most two decimals'],
      [['--percent', 'half'], 'okr-content: Invalid progress record create request:\n  progress_rate.percent: must be a number within ±99999999999 with at most two decimals'],
      [['--status', 'late'], "okr-content: option '--status <status>' argument 'late' is invalid. Allowed choices are none, normal, risk, delayed, -1, 0, 1, 2."],
      [['--target-type', 'o'], "okr-content: option '--target-type <type>' argument 'o' is invalid. Allowed choices are kr, objective, 2, 3."]
    ])('rejects %j, saying what is wrong, exit 2', async (extra, line) => {
      expect(await cli(['progress', 'fixtures/weekly-report.md', ...progressArgs, ...extra])).toEqual({code: 2, stdout: '', stderr: `${line}\n`})
    })

    it('checks the fields before reading the report', async () => {
      expect((await cli(['progress', 'missing.md', ...progressArgs, '--source-url', 'x'])).stderr).toContain('source_url: must match')
    })
  })

  describe('render', () => {
    it('prints a standalone page of a fetched record', async () => {
      const {code, stdout, stderr} = await cli(['render', 'fixtures/records/progress-record.json'])
      expect({code, stderr}).toEqual({code: 0, stderr: ''})
      expect(stdout).toMatch(/^<!doctype html>/i)
      expect(stdout).toContain('50.21%')
      expect(stdout).toContain('Normal')
      expect(stdout).toContain('Dec 28, 2021, 07:17 UTC')
      expect(stdout).toContain('粗体验证')
    })

    it('takes stdin, a time zone, a fragment or Markdown', async () => {
      const record = readFileSync(path.join(root, 'fixtures/records/progress-record.json'), 'utf8')
      const fragment = await cli(['render', '-', '--fragment', '--time-zone', 'Asia/Shanghai'], record)
      expect(fragment.stdout).toMatch(/^<article /)
      expect(fragment.stdout).toContain('15:17 GMT+8')
      const md = await cli(['render', '-', '--format', 'md'], record)
      expect(md.stdout).toMatch(/^\*\*Progress:\*\* 50\.21% · \*\*Status:\*\* Normal/)
      expect(md.stdout).toContain('<span style=')
      expect(md.stderr).toBe('')
    })

    it('--format md --flavor plain: Markdown without HTML, the losses on stderr', async () => {
      const {code, stdout, stderr} = await cli(['render', 'fixtures/records/progress-record.json', '--format', 'md', '--flavor', 'plain'])
      expect(code).toBe(0)
      expect(stdout).toMatch(/^\*\*Progress:\*\* 50\.21% · \*\*Status:\*\* Normal/)
      expect(stdout).toContain('\n字体颜色验证\n')
      expect(stdout).not.toMatch(/<(?:span|img|at|br|p)\b|<!--/)
      expect(stderr.trim().split('\n').map((line) => line.replace(/^.*\((blocks[^:)]*).*\[(.+)\]$/, '$2 $1'))).toEqual([
        'plain-color blocks[2].paragraph.elements[0]',
        'plain-color blocks[3].paragraph.elements[0]',
        'plain-color blocks[4].paragraph.elements[0]',
        'plain-color blocks[7].paragraph.elements[1]',
        'plain-color blocks[10].paragraph.elements[1]',
        'plain-image blocks[12].gallery.imageList[0]'
      ])
    })

    it.each([
      ['{"code": 1001002, "msg": "no permission"}', 'okr-content: Feishu API error 1001002: no permission — No permission: check the access token, and that the current user may see this data. (您无权访问该接口，请确认您的登录凭证)'],
      ['[1]', 'okr-content: progress record: must be an object (the {code, msg, data} envelope or its data)'],
      ['not json', `okr-content: <stdin>: invalid JSON: ${jsonError('not json')}`]
    ])('rejects %s with one line, exit 2', async (stdin, line) => {
      expect(await cli(['render', '-'], stdin)).toEqual({code: 2, stdout: '', stderr: `${line}\n`})
    })

    it('shows mentions by name from --people, in class mode with --styles', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'okr-content-cli-'))
      writeFileSync(path.join(dir, 'people.json'), JSON.stringify({ou_b1ba99a5340289d7af30839fd95ce1ee: {name: 'Li Lei', href: 'https://example.com/lilei'}}))
      const record = readFileSync(path.join(root, 'fixtures/seeds/progress-record-get-response.json'), 'utf8')
      const {code, stdout} = await cli(['render', '-', '--people', 'people.json', '--styles', 'classes', '--fragment'], record, dir)
      expect(code).toBe(0)
      expect(stdout).toContain('<a href="https://example.com/lilei" class="okr-mention" data-open-id="ou_b1ba99a5340289d7af30839fd95ce1ee" data-user-id="7012194140645721644">@Li Lei</a>')
      const md = await cli(['convert', '--from', 'json', '--to', 'md', '--people', 'people.json'], record, dir)
      expect(md.stdout).toContain('>@Li Lei</at>')
      writeFileSync(path.join(dir, 'bad.json'), '[1]')
      expect((await cli(['render', '-', '--people', 'bad.json'], record, dir)).stderr).toBe('okr-content: bad.json: must be an object of ids to a name or {"name", "href", "aliases", "email"}\n')
    })

    it('rejects an unknown time zone', async () => {
      const {code, stderr} = await cli(['render', 'fixtures/records/progress-record.json', '--time-zone', 'Mars/Olympus'])
      expect(code).toBe(2)
      expect(stderr).toMatch(/^okr-content: timeZone\/locale: Invalid time zone specified: Mars\/Olympus\n$/)
    })
  })
})

describe('OKR v2', () => {
  it('convert --wire v2 reads and writes the snake_case tree', async () => {
    const v2 = await cli(['convert', '--to', 'json', '--wire', 'v2'], '**Ship** <at id="ou_1"></at>\n')
    expect(v2.code).toBe(0)
    expect(JSON.parse(v2.stdout)).toEqual({
      blocks: [{block_element_type: 'paragraph', paragraph: {elements: [
        {paragraph_element_type: 'textRun', text_run: {text: 'Ship', style: {bold: true}}},
        {paragraph_element_type: 'textRun', text_run: {text: ' '}},
        {paragraph_element_type: 'mention', mention: {user_id: 'ou_1'}}
      ]}}]
    })
    expect(await cli(['convert', '--from', 'json', '--to', 'md', '--wire', 'v2'], v2.stdout)).toEqual({code: 0, stdout: '**Ship** <at id="ou_1">@ou_1</at>\n', stderr: ''})
  })

  it('convert --wire v2 --user-id-type reports the mentions that cannot cross', async () => {
    const {code, stdout, stderr} = await cli(['convert', '--to', 'json', '--wire', 'v2', '--user-id-type', 'union_id'], 'Hi <at id="ou_1"></at>\n')
    expect(code).toBe(0)
    expect(JSON.parse(stdout).blocks[0].paragraph.elements).toHaveLength(1)
    expect(stderr).toMatch(/\[mention-id-type\]\n$/)
  })

  it('objective and key-result print the data of the v2 calls', async () => {
    const objective = await cli(['objective', '-', '--deadline', '1767139200000', '--weight', '0.4', '--score', '0.5'], 'Ship the **gateway**\n')
    expect(objective.code).toBe(0)
    expect(JSON.parse(objective.stdout)).toMatchObject({deadline: '1767139200000', weight: 0.4, score: 0.5, content: {blocks: [{block_element_type: 'paragraph'}]}})
    const patch = await cli(['key-result', '-', '--patch', '--deadline', '2026-12-31T00:00:00Z'], 'P99 < 200 ms\n')
    expect(JSON.parse(patch.stdout)).toMatchObject({deadline: String(Date.parse('2026-12-31T00:00:00Z'))})
  })

  it.each([
    [['objective', '-', '--patch', '--weight', '0.4'], 'okr-content: --weight: objective patch does not change weights'],
    [['objective', '-', '--deadline', 'soon'], 'okr-content: --deadline: not a date: soon'],
    [['key-result', '-', '--notes', 'n.md'], "okr-content: unknown option '--notes'"]
  ])('%j is refused, saying why, exit 2', async (argv, line) => {
    expect(await cli(argv, 'x')).toEqual({code: 2, stdout: '', stderr: `${line}\n`})
  })

  it('a bad score: every issue with its path, exit 2', async () => {
    const {code, stderr} = await cli(['key-result', '-', '--score', '1.25'], 'x')
    expect(code).toBe(2)
    expect(stderr).toMatch(/^okr-content: .*:\n  score: .*\n$/)
  })
})

describe('helpers', () => {
  it('infers formats from extensions', () => {
    expect([formatOf('a.md'), formatOf('a.MARKDOWN'), formatOf('a.htm'), formatOf('a.html'), formatOf('a.json'), formatOf('a.txt'), formatOf(undefined)]).toEqual([
      'md', 'md', 'html', 'html', 'json', undefined, undefined
    ])
  })

  it('shows the first line of an error, and every issue of a validation error', () => {
    expect(errorLines(new Error('first\nsecond'))).toEqual(['first'])
    expect(errorLines('text')).toEqual(['text'])
    expect(errorLines(Object.assign(new TypeError('Invalid x:\n  a: b\n  c: d'), {issues: [{path: 'a', message: 'b'}, {path: '', message: 'd'}]}))).toEqual([
      'Invalid x:',
      '  a: b',
      '  d'
    ])
  })
})
