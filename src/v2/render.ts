/**
 * An OKR v2 objective with its key results and their progress, as HTML (a
 * fragment or a page) or Markdown, with the look of `renderProgressRecord`
 * (`src/feishu/progress/`): each progress item is written by the same record writer,
 * and the rich text by the same content writer, after `contentFromV2`.
 */
import {unwrapResponse} from '../feishu/errors.js'
import type {HtmlSink} from '../html/to/sink.js'
import {createStringSink} from '../html/to/string-sink.js'
import {writeContent} from '../html/to/write.js'
import {contentToMarkdown} from '../markdown/index.js'
import {firstLine} from '../model/text.js'
import type {Content} from '../model/types.js'
import {recordAttributes, type RecordPart} from '../feishu/progress/look.js'
import {
  formatDate,
  labelsFor,
  lookOf,
  markdownOptions,
  millis,
  type ProgressRecord,
  type RenderProgressRecordOptions,
  renderProgressRecordMarkdown,
  writePage,
  writeProgressRecord
} from '../feishu/progress/render.js'
import {contentFromV2} from './adapt.js'
import type {ContentV2Input, UserIdType} from './types.js'

/** An objective or key result as the v2 API returns it (get, list items): what is shown of it. */
export interface OkrEntityV2 {
  id?: string | undefined
  content?: ContentV2Input | undefined
  notes?: ContentV2Input | undefined
  score?: number | undefined
  weight?: number | undefined
  deadline?: string | undefined
}

/** A v2 progress item (`okrObjectiveProgress.list`, `okrKeyResultProgress.list`). */
export interface ProgressItemV2 {
  id?: string | undefined
  create_time?: string | undefined
  update_time?: string | undefined
  content?: ContentV2Input | undefined
  progress_rate?: {progress_percent?: number | undefined; progress_status?: number | undefined} | undefined
}

/** Progress: a list response (the envelope or its `data`), or its items. */
export type ProgressV2 = ReadonlyArray<ProgressItemV2> | {items?: ReadonlyArray<ProgressItemV2> | undefined} | {data?: {items?: ReadonlyArray<ProgressItemV2> | undefined} | undefined}

/** What `renderObjective` shows: the objective (a get response, its `data`, or the objective), its progress, its key results and theirs. */
export interface ObjectiveView {
  objective: OkrEntityV2 | {objective?: OkrEntityV2 | undefined} | {data?: {objective?: OkrEntityV2 | undefined} | undefined}
  progress?: ProgressV2 | undefined
  keyResults?: ReadonlyArray<{keyResult: OkrEntityV2; progress?: ProgressV2 | undefined}> | undefined
}

export interface RenderObjectiveOptions extends RenderProgressRecordOptions {
  /** The type of the ids in mentions (the `user_id_type` of the requests). Default `'open_id'`. */
  userIdType?: UserIdType | undefined
}

/**
 * Render an objective with its key results and their progress: a heading
 * (the objective's content, its score, weight and deadline), its notes, its
 * progress, then each key result with its own. HTML by default (a fragment,
 * or a page with `document`), or Markdown (`format: 'markdown'`).
 *
 * @throws {FeishuApiError} for an error envelope; {ContentValidationError} for a malformed tree.
 */
export function renderObjective(view: ObjectiveView, options: RenderObjectiveOptions = {}): string {
  const parsed = parseView(view, options)
  if (options.format === 'markdown') return markdownOf(parsed, options)
  return htmlOf(parsed, options)
}

interface Entity {
  id: string | undefined
  content: Content
  notes: Content | undefined
  facts: string[]
  progress: ProgressRecord[]
}

interface Parsed {
  objective: Entity
  keyResults: Entity[]
}

function parseView(view: ObjectiveView, options: RenderObjectiveOptions): Parsed {
  const adapter = {userIdType: options.userIdType, onMessage: options.onMessage, file: options.file}
  const labels = labelsFor(options.locale)
  const tree = (input: ContentV2Input | undefined): Content => (input === undefined ? {blocks: []} : contentFromV2(input, adapter))
  const entity = (value: OkrEntityV2, progress: ProgressV2 | undefined): Entity => {
    const facts: string[] = []
    if (value.score !== undefined) facts.push(`${labels.score} ${value.score}`)
    if (value.weight !== undefined) facts.push(`${labels.weight} ${Math.round(value.weight * 1000) / 10}%`)
    const deadline = millis(value.deadline)
    if (deadline !== undefined) facts.push(`${labels.deadline} ${formatDate(deadline, options.locale ?? 'en', options.timeZone ?? 'UTC', false)}`)
    return {
      id: value.id,
      content: tree(value.content),
      notes: value.notes === undefined ? undefined : tree(value.notes),
      facts,
      progress: itemsOf(progress).map((item) => ({
        progress_id: item.id,
        modify_time: item.update_time ?? item.create_time,
        content: tree(item.content),
        progress_rate: {percent: item.progress_rate?.progress_percent, status: item.progress_rate?.progress_status}
      }))
    }
  }
  const objective = objectiveOf(view.objective)
  return {
    objective: entity(objective, view.progress),
    keyResults: (view.keyResults ?? []).map(({keyResult, progress}) => entity(keyResult, progress))
  }
}

/** The value under `key`, through a `{code, msg, data}` envelope or a bare `{data}`, or the value itself. */
function dataOf(input: unknown, key: string, what: string): unknown {
  let value = unwrapResponse(input, what)
  if (typeof value === 'object' && value !== null && !(key in value) && 'data' in value) value = (value as {data: unknown}).data
  return typeof value === 'object' && value !== null && key in value ? (value as Record<string, unknown>)[key] : value
}

function objectiveOf(input: ObjectiveView['objective']): OkrEntityV2 {
  const objective = dataOf(input, 'objective', 'objective')
  if (typeof objective !== 'object' || objective === null) throw new TypeError('objective: must be an object')
  return objective as OkrEntityV2
}

function itemsOf(progress: ProgressV2 | undefined): ReadonlyArray<ProgressItemV2> {
  if (progress === undefined) return []
  if (Array.isArray(progress)) return progress
  const items = dataOf(progress, 'items', 'progress list')
  return Array.isArray(items) ? items : []
}

function htmlOf(parsed: Parsed, options: RenderObjectiveOptions): string {
  const sink = createStringSink()
  const {inline, prefix} = lookOf(options)
  const labels = labelsFor(options.locale)
  const look = (names: RecordPart[], extra?: string) => recordAttributes(inline, prefix, names, extra)
  const element = (tagName: string, attributes: Record<string, string>, content: () => void) => {
    const tag = sink.tag(tagName, attributes)
    sink.open(tag)
    content()
    sink.close(tag)
  }
  const recordOptions = {...options, document: false}
  const heading = (label: string, entity: Entity) =>
    element('p', look(['objective-heading']), () => {
      element('span', look(['objective-tag']), () => sink.text(label))
      for (const fact of entity.facts) element('span', look(['objective-facts']), () => sink.text(fact))
    })
  const progress = (entity: Entity) => {
    for (const record of entity.progress) element('div', look(['progress-entry']), () => writeProgressRecord(sink, record, recordOptions))
  }
  const section = (title: string) => element('p', look(['objective-section']), () => sink.text(title))

  const article = () => {
    const {objective} = parsed
    const attributes = look(['objective'])
    if (objective.id) attributes['data-objective-id'] = objective.id
    if (options.locale && !options.document) attributes.lang = options.locale
    element('article', attributes, () => {
      heading(labels.objective, objective)
      writeContent(sink, objective.content, options)
      if (objective.notes && objective.notes.blocks.length > 0) {
        section(labels.notes)
        writeContent(sink, objective.notes, options)
      }
      if (objective.progress.length > 0) {
        section(labels.progress)
        progress(objective)
      }
      if (parsed.keyResults.length === 0) return
      // Sections, not the items of a list: a browser takes the margins off
      // lists nested in a list, which would glue a key result's own lists to
      // their neighbours.
      element('div', look(['key-results']), () => {
        parsed.keyResults.forEach((keyResult, index) => {
          const attributes = look(['key-result'])
          if (keyResult.id) attributes['data-key-result-id'] = keyResult.id
          element('section', attributes, () => {
            heading(`${labels.keyResult}${index + 1}`, keyResult)
            writeContent(sink, keyResult.content, options)
            progress(keyResult)
          })
        })
      })
    })
  }
  writePage(sink, options, () => firstLine(parsed.objective.content) || labels.objective, article)
  return sink.end()
}

/** `**Objective** · Score 0.5 · …`, the content, `**Notes**`…, then `**KR1** · …` for each key result; progress items as `renderProgressRecordMarkdown` writes them, quoted. */
function markdownOf(parsed: Parsed, options: RenderObjectiveOptions): string {
  const labels = labelsFor(options.locale)
  // The objective's own text is written with the options its progress items get (flavor, messages…).
  const contentOptions = markdownOptions(options)
  const {format: _format, document: _document, ...recordOptions} = options
  const parts: string[] = []
  const write = (label: string, entity: Entity) => {
    parts.push([`**${label}**`, ...entity.facts].join(' · '))
    if (entity.content.blocks.length > 0) parts.push(contentToMarkdown(entity.content, contentOptions).trimEnd())
  }
  const progress = (entity: Entity) => {
    for (const record of entity.progress) {
      const text = renderProgressRecordMarkdown(record, recordOptions).trimEnd()
      parts.push(text.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n'))
    }
  }
  write(labels.objective, parsed.objective)
  if (parsed.objective.notes && parsed.objective.notes.blocks.length > 0) {
    parts.push(`**${labels.notes}**`, contentToMarkdown(parsed.objective.notes, contentOptions).trimEnd())
  }
  progress(parsed.objective)
  parsed.keyResults.forEach((keyResult, index) => {
    write(`${labels.keyResult}${index + 1}`, keyResult)
    progress(keyResult)
  })
  return `${parts.join('\n\n')}\n`
}

