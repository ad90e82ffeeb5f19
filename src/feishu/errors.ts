/**
 * The `{code, msg, data}` envelope every Feishu OKR endpoint answers with,
 * and the typed error raised when `code` is not 0. The advice comes from the
 * 错误码 tables of the API documents (progress record get/create, period
 * list/create), in English with the Chinese original.
 */

/** The response envelope of the Feishu Open API (`code` 0 = success). */
export interface FeishuEnvelope<Data> {
  code?: number | undefined
  msg?: string | undefined
  data?: Data | undefined
}

/** What the documents say about one error code. */
export interface FeishuErrorInfo {
  /** The HTTP status the documents give for the code. */
  httpStatus: number
  /** The documented description (`msg`). */
  description: string
  /** What to do, in English. */
  advice: string
  /** 排查建议: the documents' own advice, in Chinese. */
  adviceZh: string
}

/** The documented error codes of the OKR progress-record and period endpoints. */
export const feishuErrorCodes: Readonly<Record<number, FeishuErrorInfo>> = {
  1009999: {
    httpStatus: 500,
    description: 'internal server error',
    advice: 'Internal error: contact Feishu Assistant or your customer success manager.',
    adviceZh: '内部错误，请联系飞书助手或您的客户成功经理'
  },
  1009998: {
    httpStatus: 500,
    description: 'system exception',
    advice: 'System exception: retry later; if it persists, contact Feishu Assistant or your customer success manager.',
    adviceZh: '系统异常，稍后重试。'
  },
  1001001: {
    httpStatus: 400,
    description: 'invalid parameters',
    advice: 'Invalid parameters: check the request against the API document (parameter types, values out of range).',
    adviceZh: '无效的参数，请对照文档检查输入的参数(如参数类型不匹配、参数值超出限制)'
  },
  1001002: {
    httpStatus: 400,
    description: 'no permission',
    advice: 'No permission: check the access token, and that the current user may see this data.',
    adviceZh: '您无权访问该接口，请确认您的登录凭证'
  },
  1001003: {
    httpStatus: 400,
    description: 'user not found',
    advice: 'User not found: check the user ID you passed (and user_id_type).',
    adviceZh: '用户不存在，请检查传入的用户 ID 是否正确'
  },
  1001004: {
    httpStatus: 400,
    description: 'okr data not found',
    advice: 'No OKR data has this ID: check the ID you passed (e.g. the progress_id).',
    adviceZh: '对应ID的数据不存在，请检查传入的 OKR 进展记录 ID（progress_id）是否正确'
  },
  1000403: {
    httpStatus: 403,
    description: 'OpenAPI is unavailable in current edition (Standard edition)',
    advice: 'Your OKR edition cannot use the Open Platform API: upgrade to the OKR Business edition.',
    adviceZh: '您目前的套餐无法使用开放平台接口功能，请升级至OKR企业版'
  },
  1001008: {
    httpStatus: 400,
    description: 'Conflict period existed',
    advice: 'A period for these dates already exists: there is no need to create it again.',
    adviceZh: '对应时间的周期已存在，无需再度创建'
  },
  1001009: {
    httpStatus: 400,
    description: 'Start date does not fit for given period rule',
    advice: 'The start month does not fit the period rule: choose a start month the rule allows.',
    adviceZh: '起始日期和周期规则不匹配'
  }
}

/** Thrown when the Feishu API answers with `code` ≠ 0. */
export class FeishuApiError extends Error {
  /** The Feishu error code, e.g. 1001004. */
  readonly code: number
  /** The `msg` of the response. */
  readonly msg: string
  /** Documented advice (English), when the code is documented. */
  readonly advice: string | undefined
  /** Documented advice in Chinese (排查建议), when the code is documented. */
  readonly adviceZh: string | undefined
  /** The HTTP status: the one given, or the documented one. */
  readonly httpStatus: number | undefined

  constructor(init: {code: number; msg?: string | undefined; httpStatus?: number | undefined}) {
    const info = feishuErrorCodes[init.code]
    const msg = init.msg ?? info?.description ?? ''
    const advice = info ? ` — ${info.advice} (${info.adviceZh})` : ''
    super(`Feishu API error ${init.code}${msg ? `: ${msg}` : ''}${advice}`)
    this.name = 'FeishuApiError'
    this.code = init.code
    this.msg = msg
    this.advice = info?.advice
    this.adviceZh = info?.adviceZh
    this.httpStatus = init.httpStatus ?? info?.httpStatus
  }
}

/**
 * Given a response (`{code, msg, data}`) or its `data`, return the data.
 * An envelope is recognised by a numeric `code`.
 *
 * @throws {FeishuApiError} when the envelope's `code` is not 0.
 */
export function unwrapResponse(input: unknown, what = 'response'): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError(`${what}: must be an object (the {code, msg, data} envelope or its data)`)
  }
  const record = input as Record<string, unknown>
  if (!('code' in record)) return record
  if (typeof record.code !== 'number') throw new TypeError(`${what}.code: must be a number`)
  if (record.code !== 0) {
    throw new FeishuApiError({code: record.code, msg: typeof record.msg === 'string' ? record.msg : undefined})
  }
  return record.data
}

/**
 * Read a Feishu error out of what an SDK call threw (the SDK rejects with an
 * HTTP error whose `response` holds the envelope). Returns `undefined` when
 * the error carries no Feishu code.
 */
export function feishuErrorFrom(error: unknown): FeishuApiError | undefined {
  if (error instanceof FeishuApiError) return error
  if (typeof error !== 'object' || error === null) return undefined
  const response = (error as {response?: {status?: unknown; data?: unknown}}).response
  const body = response?.data as {code?: unknown; msg?: unknown} | undefined
  if (!body || typeof body.code !== 'number' || body.code === 0) return undefined
  return new FeishuApiError({
    code: body.code,
    msg: typeof body.msg === 'string' ? body.msg : undefined,
    httpStatus: typeof response?.status === 'number' ? response.status : undefined
  })
}

/** One problem found in a request: the wire field path and the rule broken. */
export interface RequestIssue {
  path: string
  message: string
}

/** Base of the request validation errors; `issues` lists every problem. */
export class RequestValidationError extends TypeError {
  readonly issues: RequestIssue[]

  constructor(what: string, issues: RequestIssue[]) {
    const shown = issues.slice(0, 10).map((issue) => `${issue.path}: ${issue.message}`)
    if (issues.length > shown.length) shown.push(`… and ${issues.length - shown.length} more`)
    super(`Invalid ${what}:\n  ${shown.join('\n  ')}`)
    this.name = 'RequestValidationError'
    this.issues = issues
  }
}
