/**
 * The endpoints of the offline server, each answering as its document says:
 * the rules of the request (the library's own where the seed's rules are
 * the same: `progressRecordCreateSpec`, `createPeriodRequest`, the content
 * field table of `contentIssues`), the error codes of its 错误码 table, the
 * `data` of its 响应体. Comments name the seed line each rule comes from.
 */
import {imageSize} from 'image-size'
import type {RequestIssue} from '../feishu/errors.js'
import {createPeriodRequest, PeriodRequestValidationError} from '../feishu/periods/index.js'
import {progressRecordCreateSpec, progressRecordUpdateSpec} from '../feishu/progress/request.js'
import {type FieldRule, wireRequestIssues} from '../feishu/request-fields.js'
import {contentIssues} from '../model/validate.js'
import type {Content} from '../model/types.js'
import {ApiFailure} from './errors.js'
import type {FormPart} from './multipart.js'
import {fitsRule, periodFrom, type ServerState, type StoredRecord} from './state.js'

/** How the tokens the server issues begin. */
export const tokenPrefix = 't-offline-'

/** A request as a route sees it. */
export interface RouteRequest {
  method: string
  params: Record<string, string>
  query: URLSearchParams
  /** Parsed JSON, or the multipart form. */
  body: unknown
  form: FormPart[] | undefined
  /** The server's own base URL (for image URLs). */
  base: string
}

/** What a route answers: the `data` of a `{code: 0, msg: 'success', data}` envelope, or the whole body (`raw`). */
export type RouteAnswer = {data: unknown} | {raw: Record<string, unknown>} | {bytes: Uint8Array; type: string}

export interface Route {
  method: string
  /** `/open-apis/…`, with `:name` parameters. */
  path: string
  /** Whether the call needs a tenant token (every call but the token call). */
  auth: boolean
  /** The HTTP status of 1001002 here (400 by the progress and list documents, 403 by period create, seed 001:82). */
  noPermissionStatus?: number | undefined
  handle: (request: RouteRequest, state: ServerState) => RouteAnswer | Promise<RouteAnswer>
}

/** The content field table (seed 003, lines 28–66): the library's validator, without its URL policy (ours, not the API's). */
const documentedContent: FieldRule = (value, path, issues) => {
  for (const issue of contentIssues(value)) issues.push({path: issue.path ? `${path}.${issue.path}` : path, message: issue.message})
  return value
}

function invalid(issues: RequestIssue[]): ApiFailure {
  return new ApiFailure(
    1001001,
    issues.map((issue) => ({field: issue.path, description: issue.message}))
  )
}

/** `user_id_type` (seed 002, lines 237–243; 003, line 20): open_id, union_id or user_id. */
function userIdType(query: URLSearchParams): 'open_id' | 'union_id' | 'user_id' {
  const value = query.get('user_id_type') ?? 'open_id'
  if (value === 'open_id' || value === 'union_id' || value === 'user_id') return value
  throw invalid([{path: 'user_id_type', message: 'must be open_id, union_id or user_id'}])
}

/** Every mentioned person must be a user of the tenant (1001003 user not found, seed 003:926), when a directory is given. */
function checkPeople(content: Content, state: ServerState, known: boolean): void {
  if (!known) return
  for (const block of content.blocks) {
    if (block.type !== 'paragraph') continue
    for (const element of block.paragraph.elements) {
      if (element.type === 'person' && !state.userByOpenId(element.person.openId)) {
        throw new ApiFailure(1001003, [{field: 'content', description: `no user has the open id ${element.person.openId}`}])
      }
    }
  }
}

/** A record as get, create and update answer it (seed 002, lines 255–317): persons carry the asked id type too. */
function recordData(record: StoredRecord, state: ServerState, idType: 'open_id' | 'union_id' | 'user_id'): Record<string, unknown> {
  const content: Content = structuredClone(record.content)
  if (idType !== 'open_id') {
    for (const block of content.blocks) {
      if (block.type !== 'paragraph') continue
      for (const element of block.paragraph.elements) {
        if (element.type !== 'person') continue
        const user = state.userByOpenId(element.person.openId)
        const other = idType === 'user_id' ? user?.userId : user?.unionId
        if (other) element.person.userId = other
      }
    }
  }
  const data: Record<string, unknown> = {progress_id: record.progress_id, modify_time: record.modify_time, content}
  if (record.progress_rate) data.progress_rate = record.progress_rate
  return data
}

function findRecord(state: ServerState, id: string): StoredRecord {
  const record = state.records.get(id)
  // 1001004 okr data not found (seed 002:178).
  if (!record) throw new ApiFailure(1001004, [{field: 'progress_id', description: `no progress record has the id ${id}`}])
  return record
}

/** The image types the upload takes (JPG, PNG, GIF, BMP: the SDK's description of the upload), told from the bytes. */
const imageTypes: Record<string, string> = {jpg: 'image/jpeg', png: 'image/png', gif: 'image/gif', bmp: 'image/bmp'}

export function routes(options: {knownPeople: boolean; appId: string | undefined; appSecret: string | undefined}): Route[] {
  return [
    {
      // The token call the SDK makes before any other (auth v3, tenant_access_token/internal): not a seed document.
      method: 'POST',
      path: '/open-apis/auth/v3/tenant_access_token/internal',
      auth: false,
      handle({body}, state) {
        const {app_id: appId, app_secret: appSecret} = (body ?? {}) as Record<string, unknown>
        const wrong =
          typeof appId !== 'string' || typeof appSecret !== 'string' || (options.appId !== undefined && appId !== options.appId) || (options.appSecret !== undefined && appSecret !== options.appSecret)
        if (wrong) return {raw: {code: 10014, msg: 'app secret invalid'}}
        const token = `${tokenPrefix}${state.tokens.size + 1}`
        state.tokens.add(token)
        return {raw: {code: 0, msg: 'ok', tenant_access_token: token, expire: 7200}}
      }
    },
    {
      // Period list (seed 000): page_token (line 40), page_size default 10 (lines 42–44); the 响应体 of lines 50–68.
      method: 'GET',
      path: '/open-apis/okr/v1/periods',
      auth: true,
      handle({query}, state) {
        const sizeText = query.get('page_size')
        const size = sizeText === null ? 10 : Number(sizeText)
        const issues: RequestIssue[] = []
        if (!Number.isInteger(size) || size < 1 || !/^\d+$/.test(sizeText ?? '10')) issues.push({path: 'page_size', message: 'must be a positive integer'})
        const token = query.get('page_token')
        const start = token === null || token === '' ? 0 : pageOffset(token)
        if (start === undefined || start > state.periods.length) issues.push({path: 'page_token', message: 'is not a page token this server gave'})
        if (issues.length > 0) throw invalid(issues)
        const items = state.periods.slice(start, start! + size).map(({ruleId: _rule, startMonth: _month, ...period}) => period)
        const next = start! + size
        const hasMore = next < state.periods.length
        return {data: hasMore ? {has_more: true, page_token: pageToken(next), items} : {has_more: false, items}}
      }
    },
    {
      // Period create (seed 001): period_rule_id and start_month required (lines 137–140), the library's createPeriodRequest rules.
      method: 'POST',
      path: '/open-apis/okr/v1/periods',
      auth: true,
      noPermissionStatus: 403,
      handle({body}, state) {
        const fields = (isObject(body) ? body : {}) as Record<string, string>
        const periodRuleId = fields.period_rule_id as string
        const startMonth = fields.start_month as string
        try {
          createPeriodRequest({periodRuleId, startMonth})
        } catch (error) {
          if (error instanceof PeriodRequestValidationError) throw invalid(error.issues)
          throw error
        }
        const rule = state.rules.find((candidate) => candidate.id === periodRuleId)
        // 1001004 okr data not found (001:84): no such rule.
        if (!rule) throw new ApiFailure(1001004, [{field: 'period_rule_id', description: `no period rule has the id ${periodRuleId}`}])
        // 1001009 start date does not fit the rule (001:87).
        if (!fitsRule(rule, startMonth)) throw new ApiFailure(1001009, [{field: 'start_month', description: `the rule starts periods every ${rule.months} months from month ${rule.firstMonth}`}])
        const period = periodFrom(state.id(), rule, startMonth)
        const start = Number(period.period_start_time)
        const end = Number(period.period_end_time)
        // 1001008 conflict period existed (001:86): a period of this rule overlaps.
        if (state.periods.some((other) => other.ruleId === rule.id && Number(other.period_start_time) <= end && start <= Number(other.period_end_time))) {
          throw new ApiFailure(1001008, [{field: 'start_month', description: `a period of rule ${rule.id} already covers ${startMonth}`}])
        }
        const {endMonth, ...stored} = period
        state.periods.push(stored)
        // 响应体 (lines 159–161).
        return {data: {period_id: period.id, start_month: startMonth, end_month: endMonth}}
      }
    },
    {
      // Progress create (seed 003): the 请求体 rules of lines 24–71, checked by the library's spec (progressRecordCreateSpec).
      method: 'POST',
      path: '/open-apis/okr/v1/progress_records',
      auth: true,
      handle({body, query}, state) {
        const idType = userIdType(query)
        const issues = wireRequestIssues(progressRecordCreateSpec, body, documentedContent)
        if (issues.length > 0) throw invalid(issues)
        const input = body as Record<string, unknown>
        checkPeople(input.content as Content, state, options.knownPeople)
        const record: StoredRecord = {
          progress_id: state.id(),
          modify_time: String(Date.now()),
          content: input.content as Content,
          progress_rate: input.progress_rate as StoredRecord['progress_rate'],
          target_id: input.target_id as string,
          target_type: input.target_type as number,
          source_title: input.source_title as string,
          source_url: input.source_url as string
        }
        state.records.set(record.progress_id, record)
        return {data: recordData(record, state, idType)}
      }
    },
    {
      // Progress get (seed 002): 1001004 for an unknown id (line 178), the record of lines 255–317.
      method: 'GET',
      path: '/open-apis/okr/v1/progress_records/:progress_id',
      auth: true,
      handle({params, query}, state) {
        const idType = userIdType(query)
        return {data: recordData(findRecord(state, params.progress_id!), state, idType)}
      }
    },
    {
      // Progress update (the SDK's declaration: content required, progress_rate optional; the rules of create).
      method: 'PUT',
      path: '/open-apis/okr/v1/progress_records/:progress_id',
      auth: true,
      handle({params, body, query}, state) {
        const idType = userIdType(query)
        const issues = wireRequestIssues(progressRecordUpdateSpec, isObject(body) ? {...body, progress_id: params.progress_id} : body, documentedContent)
        if (issues.length > 0) throw invalid(issues)
        const record = findRecord(state, params.progress_id!)
        const input = body as Record<string, unknown>
        checkPeople(input.content as Content, state, options.knownPeople)
        record.content = input.content as Content
        if (input.progress_rate !== undefined) record.progress_rate = input.progress_rate as StoredRecord['progress_rate']
        record.modify_time = String(Math.max(Date.now(), Number(record.modify_time) + 1))
        return {data: recordData(record, state, idType)}
      }
    },
    {
      // Progress delete (the SDK's declaration: data {}); 1001004 for an unknown id.
      method: 'DELETE',
      path: '/open-apis/okr/v1/progress_records/:progress_id',
      auth: true,
      handle({params}, state) {
        findRecord(state, params.progress_id!)
        state.records.delete(params.progress_id!)
        return {data: {}}
      }
    },
    {
      // Image upload (the SDK's declaration: a form of data, target_id, target_type; JPG, PNG, GIF or BMP).
      method: 'POST',
      path: '/open-apis/okr/v1/images/upload',
      auth: true,
      handle({form, base}, state) {
        const issues: RequestIssue[] = []
        const part = (name: string) => form?.find((candidate) => candidate.name === name)
        const text = (name: string) => {
          const found = part(name)
          return found && new TextDecoder().decode(found.bytes)
        }
        const file = part('data')
        const targetId = text('target_id')
        const targetType = text('target_type')
        const type = file && imageType(file.bytes)
        if (!file) issues.push({path: 'data', message: 'is required (the image)'})
        else if (type === undefined) issues.push({path: 'data', message: 'must be a JPG, PNG, GIF or BMP image'})
        if (typeof targetId !== 'string' || targetId.trim() === '') issues.push({path: 'target_id', message: 'is required'})
        if (targetType !== '2' && targetType !== '3') issues.push({path: 'target_type', message: 'must be 2 (objective) or 3 (key result)'})
        if (issues.length > 0) throw invalid(issues)
        const fileToken = `boxcnOffline${String(state.images.size + 1).padStart(4, '0')}`
        state.images.set(fileToken, {fileToken, bytes: file!.bytes, mimeType: type!, fileName: file!.fileName ?? '', targetId: targetId!, targetType: Number(targetType)})
        return {data: {file_token: fileToken, url: `${base}/offline/images/${fileToken}`}}
      }
    },
    {
      // The uploaded image's bytes, at the url the upload answered with (not an API call: no token).
      method: 'GET',
      path: '/offline/images/:file_token',
      auth: false,
      handle({params}, state) {
        const image = state.images.get(params.file_token!)
        if (!image) throw new ApiFailure(1001004, [{field: 'file_token', description: 'no such image'}], 404)
        return {bytes: image.bytes, type: image.mimeType}
      }
    },
    {
      // Contact: user ids by e-mail address or mobile (the SDK's declaration of contact.v3.user.batchGetId).
      method: 'POST',
      path: '/open-apis/contact/v3/users/batch_get_id',
      auth: true,
      handle({body, query}, state) {
        const idType = userIdType(query)
        const {emails = [], mobiles = []} = (isObject(body) ? body : {}) as {emails?: unknown; mobiles?: unknown}
        const issues: RequestIssue[] = []
        for (const [name, list] of [['emails', emails], ['mobiles', mobiles]] as const) {
          if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) issues.push({path: name, message: 'must be an array of strings'})
          else if (list.length > 50) issues.push({path: name, message: 'takes at most 50 at a time'})
        }
        if (issues.length > 0) throw invalid(issues)
        const idOf = (user: (typeof state.users)[number] | undefined) => (user ? (idType === 'open_id' ? user.openId : idType === 'user_id' ? user.userId : user.unionId) : undefined)
        const list = [
          ...(emails as string[]).map((email) => ({email, user_id: idOf(state.users.find((user) => user.email?.toLowerCase() === email.toLowerCase()))})),
          ...(mobiles as string[]).map((mobile) => ({mobile, user_id: idOf(state.users.find((user) => user.mobile === mobile))}))
        ]
        // An address nobody has comes back without user_id.
        return {data: {user_list: list}}
      }
    },
    {
      // Contact: users by id (the SDK's declaration of contact.v3.user.batch), for names.
      method: 'GET',
      path: '/open-apis/contact/v3/users/batch',
      auth: true,
      handle({query}, state) {
        const ids = query.getAll('user_ids')
        if (ids.length === 0 || ids.length > 50) throw invalid([{path: 'user_ids', message: 'must hold 1 to 50 ids'}])
        const items = ids.flatMap((id) => {
          const user = state.userByOpenId(id)
          return user ? [{open_id: user.openId, user_id: user.userId, name: user.name, en_name: user.enName ?? user.name, email: user.email}] : []
        })
        return {data: {items}}
      }
    }
  ]
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function pageToken(offset: number): string {
  return `offline-page-${offset}`
}

function pageOffset(token: string): number | undefined {
  const match = /^offline-page-(\d{1,9})$/.exec(token)
  return match ? Number(match[1]) : undefined
}

/** The type of an image by its bytes (what `image-size` reads), if the upload takes it. */
function imageType(bytes: Uint8Array): string | undefined {
  try {
    return imageTypes[imageSize(bytes).type ?? '']
  } catch {
    return undefined
  }
}
