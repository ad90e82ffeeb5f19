import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {startOkrServer, type OkrServer} from '../../src/testing/index.js'
import {png} from '../images/encode.js'

/** `progress --post` and `--update`: against the embedded offline server (no credentials), and against a server given as --domain. */
const dir = mkdtempSync(path.join(tmpdir(), 'okr-content-post-'))
const state = path.join(dir, 'state.json')
const target = ['--target-id', '7041430377642082323', '--target-type', 'kr']
const source = ['--source-title', 'Weekly report', '--source-url', 'https://example.com/reports/42']
let server: OkrServer

async function cli(argv: string[], env: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    stdin: async () => new Uint8Array(),
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: dir,
    env: {OKR_CONTENT_OFFLINE_STATE: state, ...env}
  })
  return {code, stdout, stderr}
}

beforeAll(async () => {
  writeFileSync(path.join(dir, 'report.md'), '**Done**: load test\n\n![chart](chart.png)\n')
  writeFileSync(path.join(dir, 'chart.png'), png(20, 10))
  server = await startOkrServer({appId: 'cli_real', appSecret: 'real-secret-value'})
})

afterAll(() => server.close())

describe('okr-content progress --post', () => {
  it('without credentials posts to the embedded offline server, says so, and prints the record id; --update replaces it', async () => {
    const posted = await cli(['progress', 'report.md', '--post', ...target, ...source, '--percent', '40'])
    expect(posted.code).toBe(0)
    expect(posted.stdout).toMatch(/^\d{19}\n$/)
    expect(posted.stderr).toContain('no LARK_APP_ID/LARK_APP_SECRET: posting to the embedded offline OKR server')
    const id = posted.stdout.trim()
    const records = JSON.parse(readFileSync(state, 'utf8'))
    expect(records.map((record: {progress_id: string}) => record.progress_id)).toEqual([id])
    expect(JSON.stringify(records)).toContain('"fileToken":"boxcnOffline0001"')

    writeFileSync(path.join(dir, 'report.md'), 'Revised\n')
    const updated = await cli(['progress', 'report.md', '--post', '--update', id, ...target, '--percent', '60', '--record', 'record.json'])
    expect(updated).toMatchObject({code: 0, stdout: `${id}\n`})
    const record = JSON.parse(readFileSync(path.join(dir, 'record.json'), 'utf8'))
    expect(record.data).toMatchObject({progress_id: id, progress_rate: {percent: 60}})
    const rendered = await cli(['render', 'record.json', '--format', 'md'])
    expect(rendered.stdout).toContain('Revised')
  })

  it("exits 3 with the API's code and message when the call fails", async () => {
    const failed = await cli(['progress', 'report.md', '--post', '--update', '1234', ...target])
    expect(failed.code).toBe(3)
    expect(failed.stderr).toContain('okr-content: the API answered 1001004 okr data not found')
  })

  it('with credentials posts to the domain given, and never prints the secret', async () => {
    const env = {LARK_APP_ID: 'cli_real', LARK_APP_SECRET: 'real-secret-value'}
    const posted = await cli(['progress', 'report.md', '--post', ...target, ...source, '--domain', server.url], env)
    expect(posted.code).toBe(0)
    expect(posted.stderr).not.toContain('offline')
    expect(server.records.has(posted.stdout.trim())).toBe(true)
    server.failNext(1009999)
    const failed = await cli(['progress', 'report.md', '--post', ...target, ...source, '--domain', server.url], env)
    expect(failed.code).toBe(3)
    const wrong = await cli(['progress', 'report.md', '--post', ...target, ...source, '--domain', server.url], {LARK_APP_ID: 'cli_wrong', LARK_APP_SECRET: 'wrong-secret-value'})
    expect(wrong.code).toBe(2)
    for (const output of [posted, failed, wrong]) expect(output.stdout + output.stderr).not.toMatch(/secret-value|t-offline/)
  })

  it('refuses half the credentials, a bad domain, and missing create flags', async () => {
    expect((await cli(['progress', 'report.md', '--post', ...target, ...source], {LARK_APP_ID: 'x'})).stderr).toContain('needs both LARK_APP_ID and LARK_APP_SECRET')
    const domain = await cli(['progress', 'report.md', '--post', ...target, ...source, '--domain', 'example'], {LARK_APP_ID: 'x', LARK_APP_SECRET: 'y'})
    expect([domain.code, domain.stderr]).toEqual([2, 'okr-content: --domain: must be feishu, lark or a base URL such as https://open.feishu.cn (not "example")\n'])
    expect((await cli(['progress', 'report.md', '--post', '--update', '1'])).stderr).toBe("okr-content: required option '--target-id <id>' not specified\n")
  })

  it('without --post, --update prints the SDK payload of the update', async () => {
    const printed = await cli(['progress', 'report.md', '--update', '7046518160811425812', '--status', 'risk'])
    expect(JSON.parse(printed.stdout)).toEqual({path: {progress_id: '7046518160811425812'}, data: {content: expect.any(Object), progress_rate: {status: 1}}})
  })
})
