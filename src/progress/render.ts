import {unwrapResponse} from '../errors.js'
import {writeDocument} from '../html/to/document.js'
import type {HtmlSink} from '../html/to/sink.js'
import {createStringSink} from '../html/to/string-sink.js'
import {writeContent} from '../html/to/write.js'
import {contentToMarkdown} from '../markdown/index.js'
import type {MessageOptions} from '../messages.js'
import type {Content} from '../model/types.js'
import {ContentValidationError, contentIssues} from '../model/validate.js'
import type {ResolvePerson} from '../person.js'
import type {ProgressStatus} from './request.js'

/** A fetched progress record: `data` of `GET /open-apis/okr/v1/progress_records/:id`. */
export interface ProgressRecord {
  progress_id?: string | undefined
  /** Last update, milliseconds since the epoch, as a string. */
  modify_time?: string | undefined
  content: Content
  progress_rate?: {percent?: number | undefined; status?: number | undefined} | undefined
}

export interface RenderProgressRecordOptions extends MessageOptions {
  /** Output format. Default `'html'`. */
  format?: 'html' | 'markdown' | undefined
  /** HTML only: a standalone page (`true`, or `{title}`) instead of a fragment. Default `false`. */
  document?: boolean | {title?: string | undefined} | undefined
  /** IANA time zone for `modify_time`. Default `'UTC'`. */
  timeZone?: string | undefined
  /** BCP 47 locale for the date and the labels (`zh…` gives Chinese labels). Default `'en'`. */
  locale?: string | undefined
  /** How to show mentions (passed to the content writer). */
  resolvePerson?: ResolvePerson | undefined
}

const statusClass: Record<ProgressStatus, string> = {'-1': 'none', 0: 'normal', 1: 'risk', 2: 'delayed'}

const labels = {
  en: {
    progress: 'Progress',
    status: 'Status',
    updated: 'Updated',
    title: 'OKR progress record',
    statuses: {'-1': 'No status', 0: 'Normal', 1: 'At risk', 2: 'Delayed'} as Record<ProgressStatus, string>
  },
  zh: {
    progress: '进展',
    status: '状态',
    updated: '更新于',
    title: 'OKR 进展记录',
    statuses: {'-1': '暂无', 0: '正常', 1: '风险', 2: '延期'} as Record<ProgressStatus, string>
  }
}

/**
 * Read a fetched record: the `{code, msg, data}` envelope or its `data`.
 *
 * @throws {FeishuApiError} for an envelope with `code` ≠ 0.
 * @throws {ContentValidationError | TypeError} when the record is malformed.
 */
export function parseProgressRecord(input: unknown): ProgressRecord {
  const data = unwrapResponse(input, 'progress record')
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new TypeError('progress record: `data` must be an object with `content`')
  }
  const record = data as Record<string, unknown>
  const issues = contentIssues(record.content).map((issue) => ({
    path: issue.path ? `content.${issue.path}` : 'content',
    message: issue.message
  }))
  if (issues.length > 0) throw new ContentValidationError(issues)
  if (record.modify_time !== undefined && millis(record.modify_time) === undefined) {
    throw new TypeError('progress record: modify_time: must be milliseconds since the epoch, as a string')
  }
  const rate = record.progress_rate
  if (rate !== undefined && rate !== null) {
    const {percent, status} = rate as Record<string, unknown>
    if (typeof rate !== 'object' || (percent !== undefined && !Number.isFinite(percent)) ||
      (status !== undefined && statusOf(status) === undefined)) {
      throw new TypeError('progress record: progress_rate: must be {percent?: number, status?: -1 | 0 | 1 | 2}')
    }
  }
  return record as unknown as ProgressRecord
}

/**
 * Render a fetched progress record (the envelope or its `data`) as HTML (a
 * fragment, or a standalone page with `document`) or Markdown: a line with the
 * progress percent, the status and `modify_time` as a date, then the content.
 *
 * @throws {FeishuApiError} for an error envelope (code ≠ 0), with the documented advice.
 */
export function renderProgressRecord(input: unknown, options: RenderProgressRecordOptions = {}): string {
  const record = parseProgressRecord(input)
  const meta = metaOf(record, options)
  if (options.format === 'markdown') return markdownOf(record, meta, options)
  if (options.format !== undefined && options.format !== 'html') {
    throw new TypeError(`format: must be "html" or "markdown", not ${JSON.stringify(options.format)}`)
  }
  return htmlOf(record, meta, options)
}

/** {@link renderProgressRecord} with `format: 'markdown'`. */
export function renderProgressRecordMarkdown(
  input: unknown,
  options: Omit<RenderProgressRecordOptions, 'format' | 'document'> = {}
): string {
  return renderProgressRecord(input, {...options, format: 'markdown', document: false})
}

interface Meta {
  labels: (typeof labels)['en']
  percent?: string
  status?: ProgressStatus
  date?: {iso: string; text: string}
}

function metaOf(record: ProgressRecord, options: RenderProgressRecordOptions): Meta {
  const locale = options.locale ?? 'en'
  const meta: Meta = {labels: /^zh\b/i.test(locale) ? labels.zh : labels.en}
  const percent = record.progress_rate?.percent
  if (percent !== undefined) meta.percent = `${formatPercent(percent)}%`
  const status = statusOf(record.progress_rate?.status)
  if (status !== undefined) meta.status = status
  const ms = millis(record.modify_time)
  if (ms !== undefined) meta.date = {iso: new Date(ms).toISOString(), text: formatDate(ms, locale, options.timeZone ?? 'UTC')}
  return meta
}

function formatPercent(percent: number): string {
  // Two decimals at most, as the API keeps them; no grouping, no trailing zeros.
  return String(Math.round(percent * 100) / 100)
}

function formatDate(ms: number, locale: string, timeZone: string): string {
  let format: Intl.DateTimeFormat
  try {
    format = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short'
    })
  } catch (error) {
    throw new RangeError(`timeZone/locale: ${(error as Error).message}`)
  }
  return format.format(new Date(ms))
}

function millis(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{1,16}$/.test(value)) return undefined
  const ms = Number(value)
  return Number.isNaN(new Date(ms).getTime()) ? undefined : ms
}

function statusOf(value: unknown): ProgressStatus | undefined {
  return value === -1 || value === 0 || value === 1 || value === 2 ? value : undefined
}

function metaParts(meta: Meta): Array<{label: string; value: string; kind: 'percent' | 'status' | 'date'}> {
  const parts: Array<{label: string; value: string; kind: 'percent' | 'status' | 'date'}> = []
  if (meta.percent !== undefined) parts.push({label: meta.labels.progress, value: meta.percent, kind: 'percent'})
  if (meta.status !== undefined) parts.push({label: meta.labels.status, value: meta.labels.statuses[meta.status], kind: 'status'})
  if (meta.date) parts.push({label: meta.labels.updated, value: meta.date.text, kind: 'date'})
  return parts
}

function markdownOf(record: ProgressRecord, meta: Meta, options: RenderProgressRecordOptions): string {
  const line = metaParts(meta)
    .map((part) => `**${part.label}:** ${part.value}`)
    .join(' · ')
  const body = contentToMarkdown(record.content, options.resolvePerson ? {resolvePerson: options.resolvePerson} : {})
  if (!line) return body
  return body.trim() === '' ? `${line}\n` : `${line}\n\n${body}`
}

/**
 * `<article class="okr-progress-record" data-progress-id>`: the meta line,
 * then the content, written by the content's HTML writer into one sink (in a
 * page with `document`).
 */
function htmlOf(record: ProgressRecord, meta: Meta, options: RenderProgressRecordOptions): string {
  const sink = createStringSink()
  const article = () => {
    const tag = sink.tag('article', record.progress_id ? {class: 'okr-progress-record', 'data-progress-id': record.progress_id} : {class: 'okr-progress-record'})
    sink.open(tag)
    writeMeta(sink, meta)
    writeContent(sink, record.content, {onMessage: options.onMessage, file: options.file, resolvePerson: options.resolvePerson})
    sink.close(tag)
  }
  if (!options.document) article()
  else {
    const given = typeof options.document === 'object' ? options.document.title : undefined
    const title = given ?? (record.progress_id ? `${meta.labels.title} ${record.progress_id}` : meta.labels.title)
    writeDocument(sink, {title}, article)
  }
  return sink.end()
}

/** `<p class="okr-progress-meta"><strong>Progress:</strong> <data value>50%</data> · …</p>` */
function writeMeta(sink: HtmlSink<unknown>, meta: Meta): void {
  const paragraph = sink.tag('p', {class: 'okr-progress-meta'})
  const strong = sink.tag('strong')
  sink.open(paragraph)
  metaParts(meta).forEach((part, index) => {
    if (index > 0) sink.text(' · ')
    sink.open(strong)
    sink.text(`${part.label}:`)
    sink.close(strong)
    sink.text(' ')
    const value =
      part.kind === 'date'
        ? sink.tag('time', {datetime: meta.date!.iso})
        : part.kind === 'status'
          ? sink.tag('span', {class: `okr-progress-status okr-progress-status-${statusClass[meta.status!]}`})
          : sink.tag('data', {class: 'okr-progress-percent', value: part.value.slice(0, -1)})
    sink.open(value)
    sink.text(part.value)
    sink.close(value)
  })
  sink.close(paragraph)
}
