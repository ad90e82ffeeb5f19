/**
 * OKR periods: `GET /open-apis/okr/v1/periods` (list, paged) and
 * `POST /open-apis/okr/v1/periods` (create).
 */
import {type FeishuEnvelope, RequestValidationError, type RequestIssue, unwrapResponse} from '../errors.js'

/** A period as the list endpoint sends it. Times are milliseconds, as strings. */
export interface PeriodWire {
  id?: string | undefined
  zh_name?: string | undefined
  en_name?: string | undefined
  /** 0 normal, 1 paused (暂不处理), 2 invalid (标记失效), 3 hidden (隐藏周期). */
  status?: number | undefined
  period_start_time?: string | undefined
  period_end_time?: string | undefined
}

/** `data` of the list endpoint. */
export interface PeriodListData {
  page_token?: string | undefined
  has_more?: boolean | undefined
  items?: PeriodWire[] | undefined
}

/** The status of a period by name: 0 `normal`, 1 `paused`, 2 `invalid`, 3 `hidden`. */
export type PeriodStatusName = 'normal' | 'paused' | 'invalid' | 'hidden'

export const periodStatuses = {normal: 0, paused: 1, invalid: 2, hidden: 3} as const satisfies Record<
  PeriodStatusName,
  number
>

const statusNames: Record<number, PeriodStatusName> = {0: 'normal', 1: 'paused', 2: 'invalid', 3: 'hidden'}

/** A period with `Date`s and a status name. */
export interface Period {
  id: string
  zhName: string
  enName: string
  /** The status name; `'unknown'` for a code the documents do not list (see `statusCode`). */
  status: PeriodStatusName | 'unknown'
  /** The status code as sent. */
  statusCode: number | undefined
  start: Date | undefined
  end: Date | undefined
}

/** One page of periods. */
export interface PeriodList {
  items: Period[]
  /** The token of the next page, when `hasMore`. */
  pageToken: string | undefined
  hasMore: boolean
}

/** The body of `POST /open-apis/okr/v1/periods`. */
export interface PeriodCreateRequest {
  period_rule_id: string
  /** `YYYY-MM`. */
  start_month: string
}

/** Thrown by {@link createPeriodRequest}; `issues` names each bad field. */
export class PeriodRequestValidationError extends RequestValidationError {
  constructor(issues: RequestIssue[]) {
    super('period create request', issues)
    this.name = 'PeriodRequestValidationError'
  }
}

/**
 * Read one page of the period list: the `{code, msg, data}` envelope (as the
 * SDK's `client.okr.period.list` resolves) or its `data`.
 *
 * @throws {FeishuApiError} for an envelope with `code` ≠ 0.
 * @throws {TypeError} naming the field, for a malformed response.
 */
export function parsePeriodList(response: FeishuEnvelope<PeriodListData> | PeriodListData | unknown): PeriodList {
  const data = unwrapResponse(response, 'period list') ?? {}
  if (typeof data !== 'object' || data === null) throw new TypeError('period list: data: must be an object')
  const {items = [], page_token: pageToken, has_more: hasMore = false} = data as PeriodListData
  if (!Array.isArray(items)) throw new TypeError('period list: items: must be an array')
  if (pageToken !== undefined && typeof pageToken !== 'string') {
    throw new TypeError('period list: page_token: must be a string')
  }
  return {
    items: items.map((item, index) => parsePeriod(item, `items[${index}]`)),
    pageToken: pageToken || undefined,
    hasMore: hasMore === true
  }
}

function parsePeriod(item: PeriodWire, path: string): Period {
  if (typeof item !== 'object' || item === null) throw new TypeError(`period list: ${path}: must be an object`)
  const status = item.status
  if (status !== undefined && !Number.isInteger(status)) {
    throw new TypeError(`period list: ${path}.status: must be an integer`)
  }
  return {
    id: stringField(item.id, `${path}.id`),
    zhName: stringField(item.zh_name, `${path}.zh_name`),
    enName: stringField(item.en_name, `${path}.en_name`),
    status: status === undefined ? 'unknown' : (statusNames[status] ?? 'unknown'),
    statusCode: status,
    start: dateField(item.period_start_time, `${path}.period_start_time`),
    end: dateField(item.period_end_time, `${path}.period_end_time`)
  }
}

function stringField(value: unknown, path: string): string {
  if (value === undefined) return ''
  if (typeof value !== 'string') throw new TypeError(`period list: ${path}: must be a string`)
  return value
}

function dateField(value: unknown, path: string): Date | undefined {
  if (value === undefined || value === '') return undefined
  if (typeof value !== 'string' || !/^-?\d{1,16}$/.test(value)) {
    throw new TypeError(`period list: ${path}: must be milliseconds since the epoch, as a string`)
  }
  const date = new Date(Number(value))
  if (Number.isNaN(date.getTime())) throw new TypeError(`period list: ${path}: out of the range of dates`)
  return date
}

/**
 * Build the body of `POST /open-apis/okr/v1/periods`.
 *
 * @throws {PeriodRequestValidationError} `period_rule_id: must be a non-empty string`,
 *   `start_month: must be YYYY-MM with a month 01–12`.
 */
export function createPeriodRequest(fields: {periodRuleId: string; startMonth: string}): PeriodCreateRequest {
  const issues: RequestIssue[] = []
  const {periodRuleId, startMonth} = (fields ?? {}) as Record<string, unknown>
  if (typeof periodRuleId !== 'string' || periodRuleId.trim() === '') {
    issues.push({path: 'period_rule_id', message: periodRuleId === undefined ? 'is required' : 'must be a non-empty string'})
  }
  if (typeof startMonth !== 'string' || !/^\d{4}-(?:0[1-9]|1[0-2])$/.test(startMonth)) {
    issues.push({
      path: 'start_month',
      message: startMonth === undefined ? 'is required (YYYY-MM)' : 'must be YYYY-MM with a month 01–12'
    })
  }
  if (issues.length > 0) throw new PeriodRequestValidationError(issues)
  return {period_rule_id: periodRuleId as string, start_month: startMonth as string}
}

/** A function like the SDK's `client.okr.period.list`. */
export type ListPeriods = (payload: {
  params: {page_token?: string; page_size?: number}
}) => Promise<FeishuEnvelope<PeriodListData> | null | undefined>

export interface ListAllPeriodsOptions {
  /** `page_size` of each request (the API's default is 10). */
  pageSize?: number | undefined
  /** Stop after this many pages. Default: no limit. */
  maxPages?: number | undefined
}

/**
 * Every period, page after page: calls `list` with each `page_token` until
 * `has_more` is false. The SDK (1.x) has no `client.okr.period.listWithIterator`,
 * so this follows the tokens itself:
 *
 * ```ts
 * for await (const period of listAllPeriods((payload) => client.okr.period.list(payload))) …
 * ```
 *
 * @throws {FeishuApiError} when a page answers with `code` ≠ 0.
 * @throws {Error} when `has_more` comes without a new `page_token` (a repeated
 *   token would loop forever).
 */
export async function* listAllPeriods(list: ListPeriods, options: ListAllPeriodsOptions = {}): AsyncGenerator<Period, void, undefined> {
  const {pageSize, maxPages = Number.POSITIVE_INFINITY} = options
  if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize > 0)) {
    throw new TypeError('pageSize: must be a positive integer')
  }
  const seen = new Set<string>()
  let pageToken: string | undefined
  for (let page = 0; page < maxPages; page++) {
    const params: {page_token?: string; page_size?: number} = {}
    if (pageToken !== undefined) params.page_token = pageToken
    if (pageSize !== undefined) params.page_size = pageSize
    const result = parsePeriodList(await list({params}))
    yield* result.items
    if (!result.hasMore) return
    if (result.pageToken === undefined) throw new Error('period list: has_more is true but no page_token came')
    if (seen.has(result.pageToken)) {
      throw new Error(`period list: page_token ${JSON.stringify(result.pageToken)} came twice: stopping to avoid an endless loop`)
    }
    seen.add(result.pageToken)
    pageToken = result.pageToken
  }
}
