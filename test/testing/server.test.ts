import * as lark from '@larksuiteoapi/node-sdk'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {feishuErrorFrom} from '../../src/feishu/errors.js'
import {listAllPeriods} from '../../src/feishu/periods/index.js'
import {progressRecordDelete, progressRecordFromMarkdown, progressRecordUpdate} from '../../src/feishu/progress/request.js'
import type {Content} from '../../src/model/types.js'
import {documentedErrors, startOkrServer, type OkrServer} from '../../src/testing/index.js'
import {png} from '../images/encode.js'

/**
 * The offline server against the real SDK client: every endpoint, every
 * documented error it answers with, and what it records.
 */
/** The SDK logs failed calls (LoggerLevel.fatal is 0, which it takes for unset). */
const silent = {error() {}, warn() {}, info() {}, debug() {}, trace() {}}
let server: OkrServer
let client: lark.Client

const fields = {targetId: '7041430377642082323', targetType: 'kr', sourceTitle: 'Weekly report', sourceUrl: 'https://example.com/r/1'} as const
const users = [
  {openId: 'ou_wang', userId: '7012194140645721644', name: '王芳', enName: 'Wang Fang', email: 'wang.fang@example.com'},
  {openId: 'ou_li', name: 'Li Lei', email: 'li.lei@example.com'}
]

/** What an SDK call rejected with, as a FeishuApiError (code, msg, status), and the violations sent. */
async function failure(call: Promise<unknown>): Promise<{code: number; httpStatus: number | undefined; fields: string[]}> {
  try {
    await call
  } catch (error) {
    const api = feishuErrorFrom(error)
    if (!api) throw error
    const violations = (error as {response?: {data?: {error?: {field_violations?: Array<{field: string}>}}}}).response?.data?.error?.field_violations ?? []
    return {code: api.code, httpStatus: api.httpStatus, fields: violations.map((violation) => violation.field)}
  }
  throw new Error('expected the call to fail')
}

beforeAll(async () => {
  server = await startOkrServer({appId: 'cli_test', appSecret: 'secret', users})
  client = new lark.Client({appId: 'cli_test', appSecret: 'secret', domain: server.url, logger: silent})
})

afterAll(() => server.close())

describe('okr-content/testing: the offline OKR server', () => {
  it('listens on the loopback interface and records the token call without the secret', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    await client.okr.period.list({params: {page_size: 1}})
    const token = server.requests.find((request) => request.path === '/open-apis/auth/v3/tenant_access_token/internal')
    expect(token?.body).toEqual({app_id: 'cli_test', app_secret: '[redacted]'})
    expect(JSON.stringify(server.requests)).not.toContain('"secret"')
  })

  it('creates, gets, updates and deletes a progress record', async () => {
    const created = await client.okr.v1.progressRecord.create({data: progressRecordFromMarkdown('**Done** <at id="ou_wang">@王芳</at>', {...fields, progress: {percent: 40, status: 'normal'}})})
    expect(created.code).toBe(0)
    const id = created.data!.progress_id!
    expect(id).toMatch(/^\d{19}$/)
    expect(created.data!.progress_rate).toEqual({percent: 40, status: 0})

    const fetched = await client.okr.v1.progressRecord.get({path: {progress_id: id}, params: {user_id_type: 'user_id'}})
    expect(fetched.data!.content!.blocks![0]!.paragraph!.elements!.find((element) => element.type === 'person')).toEqual({type: 'person', person: {openId: 'ou_wang', userId: '7012194140645721644'}})

    const content: Content = {blocks: [{type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'Revised'}}]}}]}
    const updated = await client.okr.v1.progressRecord.update(progressRecordUpdate(id, content, {progress: {percent: 55.5}}))
    expect(updated.data).toMatchObject({progress_id: id, content, progress_rate: {percent: 55.5}})
    expect(Number(updated.data!.modify_time)).toBeGreaterThan(Number(created.data!.modify_time))

    expect((await client.okr.v1.progressRecord.delete(progressRecordDelete(id))).code).toBe(0)
    expect(server.records.has(id)).toBe(false)
    expect(await failure(client.okr.v1.progressRecord.get({path: {progress_id: id}}))).toEqual({code: 1001004, httpStatus: 400, fields: ['progress_id']})
  })

  it('answers 1001001 naming each field a request breaks, by the documented rules', async () => {
    const body = {source_title: '', source_url: 'ftp://x', target_id: '1', target_type: 4, content: {blocks: [{type: 'paragraph', paragraph: {elements: [], style: {list: {type: 'bullet', indentLevel: 17}}}}]}, progress_rate: {percent: 1.234, status: 7}}
    expect(await failure(client.okr.v1.progressRecord.create({data: body as never}))).toEqual({
      code: 1001001,
      httpStatus: 400,
      fields: ['source_title', 'source_url', 'target_type', 'progress_rate.percent', 'progress_rate.status', 'content.blocks[0].paragraph.style.list.indentLevel']
    })
    // The builder's names are not the API's: "kr" is refused on the wire.
    const {target_type: _type, ...rest} = progressRecordFromMarkdown('x', fields)
    expect((await failure(client.okr.v1.progressRecord.create({data: {...rest, target_type: 'kr'} as never}))).fields).toEqual(['target_type'])
    expect((await failure(client.okr.v1.progressRecord.update({path: {progress_id: '1'}, data: {} as never}))).fields).toEqual(['content'])
    expect((await failure(client.okr.v1.progressRecord.get({path: {progress_id: '1'}, params: {user_id_type: 'email' as 'open_id'}}))).fields).toEqual(['user_id_type'])
    expect(server.records.size).toBe(0)
  })

  it('answers 1001003 for a mention of someone the tenant does not have', async () => {
    const data = progressRecordFromMarkdown('<at id="ou_nobody">@x</at>', fields)
    expect((await failure(client.okr.v1.progressRecord.create({data}))).code).toBe(1001003)
  })

  it('answers 1001002 to a call without a token it issued (403 for period create, as its document says)', async () => {
    const stranger = await fetch(`${server.url}/open-apis/okr/v1/periods`, {headers: {authorization: 'Bearer t-forged'}})
    expect([stranger.status, (await stranger.json()).code]).toEqual([400, 1001002])
    const create = await fetch(`${server.url}/open-apis/okr/v1/periods`, {method: 'POST', body: '{}', headers: {'content-type': 'application/json'}})
    expect([create.status, (await create.json()).code]).toEqual([403, 1001002])
    // The SDK caches tokens by app id: another app, whose secret is wrong, gets none.
    const wrongSecret = new lark.Client({appId: 'cli_other', appSecret: 'wrong', domain: server.url, logger: silent})
    await expect(wrongSecret.okr.period.list({})).rejects.toThrow('failed to get tenant_access_token, code: 10014, msg: app secret invalid')
  })

  it('lists periods page by page, and creates one by its rule (1001008 conflict, 1001009 not fitting, 1001004 no rule)', async () => {
    const periods = []
    for await (const period of listAllPeriods((payload) => client.okr.period.list(payload), {pageSize: 5})) periods.push(period)
    expect(periods).toHaveLength(12)
    expect(periods[0]).toMatchObject({zhName: '2024 年 1 月 - 3 月', enName: 'Jan - Mar 2024', status: 'normal', start: new Date('2024-01-01T00:00:00Z')})
    const first = await client.okr.period.list({})
    expect([first.data!.items!.length, first.data!.has_more]).toEqual([10, true])
    expect((await failure(client.okr.period.list({params: {page_token: 'forged'}}))).fields).toEqual(['page_token'])

    const created = await client.okr.period.create({data: {period_rule_id: '6969864184272078374', start_month: '2027-01'}})
    expect(created.data).toEqual({period_id: expect.stringMatching(/^\d+$/), start_month: '2027-01', end_month: '2027-03'})
    expect(server.periods).toHaveLength(13)
    expect((await failure(client.okr.period.create({data: {period_rule_id: '6969864184272078374', start_month: '2027-01'}}))).code).toBe(1001008)
    expect((await failure(client.okr.period.create({data: {period_rule_id: '6969864184272078374', start_month: '2027-02'}}))).code).toBe(1001009)
    expect((await failure(client.okr.period.create({data: {period_rule_id: '1', start_month: '2027-04'}}))).code).toBe(1001004)
    expect(await failure(client.okr.period.create({data: {period_rule_id: '', start_month: '2027-13'}}))).toEqual({code: 1001001, httpStatus: 400, fields: ['period_rule_id', 'start_month']})
  })

  it('uploads images of the accepted types, and serves them at the url it answers', async () => {
    const answer = await client.okr.image.upload({data: {data: Buffer.from(png(3, 2)), target_id: '1', target_type: 3}})
    expect(answer?.file_token).toMatch(/^boxcn/)
    const served = await fetch(answer!.url!)
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png(3, 2))
    expect((await failure(client.okr.image.upload({data: {data: Buffer.from('not an image'), target_id: '1', target_type: 4}}))).fields).toEqual(['data', 'target_type'])
  })

  it('resolves e-mail addresses to open ids, and ids to names', async () => {
    const found = await client.contact.v3.user.batchGetId({data: {emails: ['Wang.Fang@example.com', 'nobody@example.com']}, params: {user_id_type: 'open_id'}})
    expect(found.data!.user_list).toEqual([{email: 'Wang.Fang@example.com', user_id: 'ou_wang'}, {email: 'nobody@example.com'}])
    const named = await client.contact.v3.user.batch({params: {user_ids: ['ou_wang', 'ou_li'], user_id_type: 'open_id'}})
    expect(named.data!.items!.map((user) => user.name)).toEqual(['王芳', 'Li Lei'])
  })

  it('answers a documented failure when told to, once', async () => {
    server.failNext(1009998, '/open-apis/okr/v1/periods')
    expect(await failure(client.okr.period.list({}))).toEqual({code: 1009998, httpStatus: 500, fields: []})
    expect((await client.okr.period.list({})).code).toBe(0)
    expect(() => server.failNext(42)).toThrow(RangeError)
  })

  it('cites a seed line for every code it answers with', () => {
    expect(Object.keys(documentedErrors).map(Number).sort()).toEqual([1000403, 1001001, 1001002, 1001003, 1001004, 1001008, 1001009, 1009998, 1009999])
    for (const error of Object.values(documentedErrors)) expect(error.seeds.length).toBeGreaterThan(0)
  })

  it('records what it received, with the envelope code of each answer', () => {
    const create = server.requests.find((request) => request.method === 'POST' && request.path === '/open-apis/okr/v1/periods' && request.code === 1001009)
    expect(create).toMatchObject({status: 400, body: {period_rule_id: '6969864184272078374', start_month: '2027-02'}})
    const upload = server.requests.find((request) => request.path === '/open-apis/okr/v1/images/upload')
    expect(upload?.body).toMatchObject({target_id: '1', target_type: '3', data: {type: 'application/octet-stream', size: png(3, 2).length}})
  })
})
