import {unwrapResponse} from '../errors.js'
import type {ContentToHtmlOptions} from '../../html/options.js'
import {writeDocument} from '../../html/to/document.js'
import type {HtmlSink} from '../../html/to/sink.js'
import {createStringSink} from '../../html/to/string-sink.js'
import {stylesheet} from '../../html/to/stylesheet.js'
import {writeContent} from '../../html/to/write.js'
import {contentToMarkdown, type ContentToMarkdownOptions} from '../../markdown/index.js'
import {firstLine} from '../../model/text.js'
import type {Content} from '../../model/types.js'
import {ContentValidationError, contentIssues} from '../../model/validate.js'
import {recordAttributes, recordStylesheet, statusPart} from './look.js'
import type {ProgressStatus} from './request.js'

/** A fetched progress record: `data` of `GET /open-apis/okr/v1/progress_records/:id`. */
export interface ProgressRecord {
  progress_id?: string | undefined
  /** Last update, milliseconds since the epoch, as a string. */
  modify_time?: string | undefined
  content: Content
  progress_rate?: {percent?: number | undefined; status?: number | undefined} | undefined
}

/**
 * Options of `renderProgressRecord`: those of the content writers (`styles`,
 * `classPrefix`, `linkTarget`, `linkRel`, `people`, `resolvePerson`,
 * `docsLinks`, messages; `flavor` for Markdown), and the record's own.
 */
export interface RenderProgressRecordOptions extends Omit<ContentToHtmlOptions, 'document'>, Pick<ContentToMarkdownOptions, 'flavor'> {
  /** Output format. Default `'html'`. */
  format?: 'html' | 'markdown' | undefined
  /**
   * HTML only: a standalone page (`true`, or `{title, lang}`) instead of a
   * fragment. Default `false`. The title defaults to the record's first line.
   */
  document?: boolean | {title?: string | undefined; lang?: string | undefined} | undefined
  /** IANA time zone for `modify_time`. Default `'UTC'`. */
  timeZone?: string | undefined
  /** BCP 47 locale for the date, the labels (`zh…` gives Chinese labels) and the page's `lang`. Default `'en'`. */
  locale?: string | undefined
}

const labels = {
  en: {
    progress: 'Progress',
    status: 'Status',
    updated: 'Updated',
    title: 'OKR progress record',
    statuses: {'-1': 'No status', 0: 'Normal', 1: 'At risk', 2: 'Delayed'} as Record<ProgressStatus, string>,
    objective: 'Objective',
    keyResult: 'KR',
    notes: 'Notes',
    score: 'Score',
    weight: 'Weight',
    deadline: 'Due'
  },
  zh: {
    progress: '进展',
    status: '状态',
    updated: '更新于',
    title: 'OKR 进展记录',
    statuses: {'-1': '暂无', 0: '正常', 1: '风险', 2: '延期'} as Record<ProgressStatus, string>,
    objective: '目标',
    keyResult: 'KR',
    notes: '备注',
    score: '评分',
    weight: '权重',
    deadline: '截止'
  }
}

type Labels = (typeof labels)['en']

/** The labels of a locale: Chinese for `zh…`, else English. */
export function labelsFor(locale: string | undefined): Labels {
  return /^zh\b/i.test(locale ?? 'en') ? labels.zh : labels.en
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
  const meta: Meta = {labels: labelsFor(locale)}
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

/** A date as people of `locale` read it, in `timeZone`. @throws {RangeError} for an unknown zone or locale. */
export function formatDate(ms: number, locale: string, timeZone: string, withTime = true): string {
  let format: Intl.DateTimeFormat
  try {
    format = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      ...(withTime ? {hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short'} : {})
    })
  } catch (error) {
    throw new RangeError(`timeZone/locale: ${(error as Error).message}`)
  }
  return format.format(new Date(ms))
}

/** Milliseconds since the epoch, from the API's string of digits. */
export function millis(value: unknown): number | undefined {
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
  const body = contentToMarkdown(record.content, markdownOptions(options))
  if (!line) return body
  return body.trim() === '' ? `${line}\n` : `${line}\n\n${body}`
}

/** A page of its own: the record in a readable column. */
const pageCss =
  ':root { color-scheme: light dark; }\nbody { margin: 2em auto; max-width: 46em; padding: 0 1.25em; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; }\n'

/**
 * `<article class="okr-progress-record" data-progress-id lang>`: the meta
 * line (status, progress bar and percent, update time), then the content,
 * written by the content's HTML writer into the same sink (in a page with
 * `document`). Styled inline (e-mail) or by classes (`styles: 'classes'`,
 * whose page embeds the style sheets), like the content.
 */
function htmlOf(record: ProgressRecord, meta: Meta, options: RenderProgressRecordOptions): string {
  const sink = createStringSink()
  const {document, locale} = options
  const title = () => firstLine(record.content) || (record.progress_id ? `${meta.labels.title} ${record.progress_id}` : meta.labels.title)
  writePage(sink, options, title, () => writeRecord(sink, record, meta, {...options, lang: locale && !document ? locale : undefined}))
  return sink.end()
}

/**
 * The options of the content's Markdown writer, as every renderer (v1
 * records, v2 objectives) passes them on: the same ones, the same way.
 */
export function markdownOptions(options: RenderProgressRecordOptions): ContentToMarkdownOptions {
  const {docsLinks, people, resolvePerson, flavor, onMessage, file} = options
  return {docsLinks, people, resolvePerson, flavor, onMessage, file}
}

/** The look the options ask for: inline styles (the default, for e-mail) or classes with `prefix`. */
export function lookOf(options: RenderProgressRecordOptions): {inline: boolean; prefix: string} {
  return {inline: (options.styles ?? 'inline') === 'inline', prefix: options.classPrefix ?? 'okr-'}
}

/**
 * The page shell of every renderer: `write` as it is (a fragment), or in a
 * page (`document`) titled by `document.title`, else by `title()`, with the
 * page's CSS and, in class mode, the content's and the record's style sheets.
 */
export function writePage(sink: HtmlSink<unknown>, options: RenderProgressRecordOptions, title: () => string, write: () => void): void {
  const {document, locale} = options
  if (!document) return write()
  const {inline, prefix} = lookOf(options)
  const settings = document === true ? {} : document
  const css = pageCss + (inline ? '' : stylesheet({classPrefix: prefix}) + recordStylesheet(prefix))
  writeDocument(sink, {title: settings.title ?? title(), lang: settings.lang ?? locale ?? 'en', css}, write)
}

/**
 * Write a record's `<article>` into `sink`, for pages that show several (an
 * objective and its key results' progress). The record must be valid
 * (`parseProgressRecord`).
 */
export function writeProgressRecord(sink: HtmlSink<unknown>, record: ProgressRecord, options: RenderProgressRecordOptions & {lang?: string | undefined}): void {
  writeRecord(sink, record, metaOf(record, options), options)
}

function writeRecord(sink: HtmlSink<unknown>, record: ProgressRecord, meta: Meta, options: RenderProgressRecordOptions & {lang?: string | undefined}): void {
  const {inline, prefix} = lookOf(options)
  const attributes = recordAttributes(inline, prefix, ['progress-record'])
  if (record.progress_id) attributes['data-progress-id'] = record.progress_id
  if (options.lang) attributes.lang = options.lang
  const tag = sink.tag('article', attributes)
  sink.open(tag)
  writeMeta(sink, meta, inline, prefix)
  writeContent(sink, record.content, options)
  sink.close(tag)
}

/**
 * `<p class="okr-progress-meta">`: the status as a colored badge, the
 * progress as a bar and a percent (`role="progressbar"`), and the update time.
 */
function writeMeta(sink: HtmlSink<unknown>, meta: Meta, inline: boolean, prefix: string): void {
  if (meta.status === undefined && meta.percent === undefined && meta.date === undefined) return
  const element = (tagName: string, attributes: Record<string, string>, content: () => void) => {
    const tag = sink.tag(tagName, attributes)
    sink.open(tag)
    content()
    sink.close(tag)
  }
  element('p', recordAttributes(inline, prefix, ['progress-meta']), () => {
    if (meta.status !== undefined) {
      const label = meta.labels.statuses[meta.status]
      element('span', {...recordAttributes(inline, prefix, ['progress-status', statusPart[meta.status]]), title: meta.labels.status}, () => sink.text(label))
    }
    if (meta.percent !== undefined) {
      const value = meta.percent.slice(0, -1)
      const width = Math.min(100, Math.max(0, Number(value)))
      const progress = {
        ...recordAttributes(inline, prefix, ['progress-progress']),
        role: 'progressbar',
        'aria-label': meta.labels.progress,
        'aria-valuemin': '0',
        'aria-valuemax': '100',
        'aria-valuenow': value
      }
      element('span', progress, () => {
        element('span', recordAttributes(inline, prefix, ['progress-bar']), () => {
          element('span', recordAttributes(inline, prefix, ['progress-bar-fill'], `width: ${width}%`), () => {})
        })
        element('data', {...recordAttributes(inline, prefix, ['progress-percent']), value}, () => sink.text(meta.percent!))
      })
    }
    if (meta.date) {
      element('time', {...recordAttributes(inline, prefix, ['progress-updated']), datetime: meta.date.iso}, () => sink.text(`${meta.labels.updated} ${meta.date!.text}`))
    }
  })
}
