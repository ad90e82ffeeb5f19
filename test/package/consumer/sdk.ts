// Our wire types against the official SDK's, compiled with the strictest
// options a consumer may use (tsconfig.json here). Nothing here runs.
import type {Client} from '@larksuiteoapi/node-sdk'
import {
  createPeriodRequest,
  listAllPeriods,
  parsePeriodList,
  parseProgressRecord,
  progressRecordFromContent,
  progressRecordDelete,
  progressRecordUpdate,
  progressRecordUpdateFromMarkdown,
  type Content,
  type PeriodCreateRequest,
  type PeriodListData,
  type ProgressRecord,
  type ProgressRecordCreateRequest,
  type UploadImage
} from 'okr-content'
import {fetchProgressRecord, lookupPeople, postProgressRecord, sdkImageUploader, updateProgressRecord} from 'okr-content/sdk'
import {startOkrServer, type OkrServer} from 'okr-content/testing'

type Okr = Client['okr']
type CreatePayload = NonNullable<Parameters<Okr['v1']['progressRecord']['create']>[0]>['data']
type UpdatePayload = NonNullable<Parameters<Okr['v1']['progressRecord']['update']>[0]>
type DeletePayload = NonNullable<Parameters<Okr['v1']['progressRecord']['delete']>[0]>
type GetResponse = Awaited<ReturnType<Okr['v1']['progressRecord']['get']>>
type PeriodCreatePayload = NonNullable<Parameters<Okr['period']['create']>[0]>['data']
type PeriodListResponse = Awaited<ReturnType<Okr['period']['list']>>

declare const body: ProgressRecordCreateRequest
declare const content: Content
declare const client: Client

// Our create body is the SDK's payload `data`; our tree is its `content`.
export const data: CreatePayload = body
export const sdkContent: CreatePayload['content'] = content
export const built: CreatePayload = progressRecordFromContent(content, {targetId: '1', targetType: 'kr', sourceTitle: 't', sourceUrl: 'https://x'})

// Update and delete: our payloads are the SDK's, path and data.
export const updatePayload: UpdatePayload = progressRecordUpdate('7046518160811425812', content, {progress: {percent: 50, status: 'normal'}})
export const updateFromMarkdown: UpdatePayload = progressRecordUpdateFromMarkdown('7046518160811425812', '**Done**')
export const deletePayload: DeletePayload = progressRecordDelete('7046518160811425812')
export const updated = client.okr.v1.progressRecord.update(progressRecordUpdate('1', content))

// What the SDK's get resolves to is accepted by the renderer's reader.
declare const fetched: GetResponse
export const record: ProgressRecord = parseProgressRecord(fetched)

// Periods: the create body is the SDK's `data`; the list response is what parsePeriodList reads.
export const periodData: PeriodCreatePayload = createPeriodRequest({periodRuleId: '1', startMonth: '2024-01'}) satisfies PeriodCreateRequest
declare const periodList: PeriodListResponse
export const page = parsePeriodList(periodList)
export const listData: PeriodListData | undefined = periodList.data
export const all = listAllPeriods((payload) => client.okr.period.list(payload))

// The SDK has no `listWithIterator` for periods (if it gains one, this line fails: document it).
export const noPeriodIterator: 'listWithIterator' extends keyof Okr['period'] ? never : true = true

// An uploader for resolveImages, wired to the SDK.
declare const targetId: string
export const uploadImage: UploadImage = async ({bytes}) => {
  const res = await client.okr.image.upload({data: {data: Buffer.from(bytes), target_id: targetId, target_type: 3}})
  if (!res?.file_token) throw new Error('upload returned no file_token')
  return {fileToken: res.file_token, url: res.url}
}

// The SDK helpers take the real client.
export const uploader: UploadImage = sdkImageUploader(client, {targetId: '1', targetType: 'kr'})
export const names: Promise<Map<string, {name: string}>> = lookupPeople(client, ['ou_1'])

// The one-call functions take the real client; the offline server's url is the SDK's domain.
export const posted = postProgressRecord(client, '**Done**', {targetId: '1', targetType: 'kr', sourceTitle: 't', sourceUrl: 'https://x'})
export const reposted = updateProgressRecord(client, '1', 'x', {target: {targetId: '1', targetType: 3}, progress: {percent: 50}})
export const fetchedRecord: Promise<ProgressRecord> = fetchProgressRecord(client, '1')
export const offline: Promise<OkrServer> = startOkrServer({users: [{openId: 'ou_1', name: 'Li Lei', email: 'li@example.com'}]})
