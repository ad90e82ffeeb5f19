import * as lark from '@larksuiteoapi/node-sdk'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {FeishuApiError} from '../../src/feishu/errors.js'
import {ImageUploadError} from '../../src/feishu/images/resolve.js'
import {ProgressRecordValidationError} from '../../src/feishu/progress/request.js'
import {deleteProgressRecord, fetchProgressRecord, postProgressRecord, sdkEmailResolver, updateProgressRecord} from '../../src/feishu/sdk/index.js'
import {startOkrServer, type OkrServer} from '../../src/testing/index.js'
import {png} from '../images/encode.js'

/** The one-call functions of okr-content/sdk, with the real SDK client against the offline server. */
/** The SDK logs failed calls (LoggerLevel.fatal is 0, which it takes for unset). */
const silent = {error() {}, warn() {}, info() {}, debug() {}, trace() {}}
let server: OkrServer
let client: lark.Client
const fields = {targetId: '7041430377642082323', targetType: 'kr', sourceTitle: 'Weekly report', sourceUrl: 'https://example.com/r/1', progress: {percent: 40, status: 'normal'}} as const
const files = {'chart.png': new Blob([new Uint8Array(png(64, 48))])}

beforeAll(async () => {
  server = await startOkrServer({users: [{openId: 'ou_wang', name: '王芳', email: 'wang.fang@example.com'}, {openId: 'ou_li', name: 'Li Lei'}]})
  client = new lark.Client({appId: 'cli_post', appSecret: 'secret', domain: server.url, logger: silent})
})

afterAll(() => server.close())

describe('postProgressRecord, updateProgressRecord, fetchProgressRecord, deleteProgressRecord', () => {
  it('posts a report: images uploaded to the target, the record answered, every message in one list', async () => {
    const seen: string[] = []
    const {record, messages} = await postProgressRecord(client, '# Week 12\n\n**Done** <at id="ou_wang">@王芳</at>\n\n![chart](chart.png)', fields, {files, onMessage: (message) => seen.push(String(message.ruleId))})
    expect(record.progress_id).toMatch(/^\d+$/)
    expect(record.progress_rate).toEqual({percent: 40, status: 0})
    expect(record.content.blocks.at(-1)).toEqual({type: 'gallery', gallery: {imageList: [{fileToken: 'boxcnOffline0001', src: `${server.url}/offline/images/boxcnOffline0001`, width: 64, height: 48}]}})
    expect(messages.map((message) => message.ruleId)).toEqual(['heading', 'image-alt'])
    expect(seen).toEqual(['heading', 'image-alt'])
    expect(server.records.get(record.progress_id!)?.target_id).toBe('7041430377642082323')
    expect([...server.images.values()].map((image) => image.fileName)).toEqual(['chart.png'])
  })

  it('reads mentions by name through people, and resolves @address mentions with the contact API once', async () => {
    const before = server.requests.length
    const {record, messages} = await postProgressRecord(client, 'Thanks @Li Lei, @wang.fang@example.com and @nobody@example.com', fields, {
      people: {ou_li: 'Li Lei'},
      resolveEmails: sdkEmailResolver(client)
    })
    const elements = record.content.blocks[0]!.type === 'paragraph' ? record.content.blocks[0]!.paragraph.elements : []
    expect(elements.filter((element) => element.type === 'person')).toEqual([
      {type: 'person', person: {openId: 'ou_li'}},
      {type: 'person', person: {openId: 'ou_wang'}}
    ])
    expect(messages.map((message) => message.ruleId)).toEqual(['mention-unknown'])
    const lookups = server.requests.slice(before).filter((request) => request.path === '/open-apis/contact/v3/users/batch_get_id')
    expect(lookups.map((request) => request.body)).toEqual([{emails: ['wang.fang@example.com', 'nobody@example.com']}])
  })

  it('updates, fetches and deletes the record', async () => {
    const {record} = await postProgressRecord(client, 'first', fields)
    const id = record.progress_id!
    const updated = await updateProgressRecord(client, id, 'second ![c](chart.png)', {target: fields, progress: {percent: 60}}, {files})
    expect(updated.record.progress_rate).toEqual({percent: 60})
    const fetched = await fetchProgressRecord(client, id)
    expect(fetched.content).toEqual(updated.record.content)
    await deleteProgressRecord(client, id)
    const error = await fetchProgressRecord(client, id).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(FeishuApiError)
    expect(error).toMatchObject({code: 1001004, msg: 'okr data not found', httpStatus: 400})
    expect((error as Error).message).toContain('No OKR data has this ID')
  })

  it('throws the FeishuApiError the API answers with (documented code and meaning)', async () => {
    server.failNext(1000403, '/open-apis/okr/v1/progress_records')
    await expect(postProgressRecord(client, 'x', fields)).rejects.toMatchObject({name: 'FeishuApiError', code: 1000403, httpStatus: 403})
    await expect(postProgressRecord(client, '<at id="ou_nobody">@x</at>', fields)).rejects.toMatchObject({code: 1001003})
    await expect(updateProgressRecord(client, '123', 'x', {target: fields})).rejects.toMatchObject({code: 1001004})
  })

  it('sends nothing when a field is bad or an image cannot be read', async () => {
    const before = server.requests.length
    await expect(postProgressRecord(client, '![](chart.png)', {...fields, sourceUrl: 'ftp://x'}, {files})).rejects.toBeInstanceOf(ProgressRecordValidationError)
    await expect(updateProgressRecord(client, 'a/b', '![](chart.png)', {target: fields}, {files})).rejects.toBeInstanceOf(ProgressRecordValidationError)
    expect(server.requests.length).toBe(before)
    await expect(postProgressRecord(client, '![](missing.png)', fields, {baseDir: '/nonexistent'})).rejects.toBeInstanceOf(ImageUploadError)
  })
})
