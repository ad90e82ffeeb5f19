/**
 * One call from a Markdown report to a posted progress record: the fields
 * checked, the report read (mentions by name through `people`), its images
 * uploaded to the target, the request checked, the SDK call made, and the
 * envelope unwrapped into the record, or a `FeishuApiError` with the
 * documented code and its meaning. Every message of every step lands in one
 * list (`messages`), and goes to `onMessage` as it comes.
 */
import type {VFileMessage} from 'vfile-message'
import {FeishuApiError, feishuErrorFrom} from '../errors.js'
import {markdownToContentAsync} from '../images/node.js'
import type {ResolveImagesOptions} from '../images/resolve.js'
import {parseProgressRecord, type ProgressRecord} from '../progress/render.js'
import {
  progressRecordDelete,
  progressRecordFromContent,
  progressRecordRequestFields,
  progressRecordUpdate,
  type ProgressRecordCreateRequest,
  type ProgressRecordFields,
  type ProgressRecordIdPayload,
  type ProgressRecordUpdateFields,
  type ProgressRecordUpdatePayload,
  type TargetType
} from '../progress/request.js'
import type {MarkdownToContentOptions} from '../../markdown/index.js'
import type {RequestUrlOptions} from '../request-urls.js'
import type {People, PersonDisplay} from '../../dialect/mention.js'
import {mentionedAddresses} from '../../dialect/mention-names.js'
import {type EmailResolver, sdkImageUploader, type OkrImageClient} from './helpers.js'

/** The SDK's answer to a progress record call, as far as it is read here. */
type Answer = Promise<{code?: number | undefined; msg?: string | undefined; data?: unknown}>

/** What the one-call functions use of the SDK client: `client.okr.v1.progressRecord` and `client.okr.image.upload`. */
export interface OkrProgressClient extends OkrImageClient {
  okr: OkrImageClient['okr'] & {
    v1: {
      progressRecord: {
        create: (payload: {data: ProgressRecordCreateRequest}) => Answer
        update: (payload: ProgressRecordUpdatePayload) => Answer
        get: (payload: ProgressRecordIdPayload) => Answer
        delete: (payload: ProgressRecordIdPayload) => Answer
      }
    }
  }
}

/** Options of the one-call functions: the Markdown reader's and the image path's (the uploader is the SDK's). */
export interface PostProgressOptions
  extends MarkdownToContentOptions,
    Omit<ResolveImagesOptions, 'uploadImage' | 'onMessage' | 'file'>,
    Pick<RequestUrlOptions, 'relativeUrls'> {
  /**
   * Resolves the `@address` mentions whose e-mail address `people` does not
   * know (e.g. `sdkEmailResolver(client)`, the contact API), once, before
   * the report is read.
   */
  resolveEmails?: EmailResolver | undefined
}

/** What a post gives: the record as the API answered it, and every message of every step. */
export interface PostedProgressRecord {
  record: ProgressRecord
  messages: VFileMessage[]
}

/**
 * Create a progress record from a Markdown report
 * (`POST /open-apis/okr/v1/progress_records`): the fields are checked before
 * anything is uploaded; images fail loudly (`onImageError: 'throw'` unless
 * set), as a record with a broken image should not be posted.
 *
 * @throws {ProgressRecordValidationError} a field or the content breaks a documented rule (nothing is sent).
 * @throws {ImageUploadError} an image could not be read or uploaded.
 * @throws {FeishuApiError} the API answered with a code ≠ 0 (`code`, `msg`, the documented advice).
 */
export async function postProgressRecord(client: OkrProgressClient, markdown: string, fields: ProgressRecordFields, options: PostProgressOptions = {}): Promise<PostedProgressRecord> {
  const messages: VFileMessage[] = []
  progressRecordRequestFields(fields)
  const onMessage = collect(options, messages)
  const content = await read(client, markdown, fields, options, onMessage)
  const data = progressRecordFromContent(content, fields, {onMessage, relativeUrls: options.relativeUrls})
  return {record: await call(() => client.okr.v1.progressRecord.create({data})), messages}
}

/**
 * Replace a record's content (and optionally its progress rate) from a
 * Markdown report (`PUT /open-apis/okr/v1/progress_records/:progress_id`);
 * `target` is where its images are uploaded (the record's objective or key result).
 *
 * @throws as {@link postProgressRecord}.
 */
export async function updateProgressRecord(
  client: OkrProgressClient,
  progressId: string,
  markdown: string,
  fields: ProgressRecordUpdateFields & {target: Pick<ProgressRecordFields, 'targetId' | 'targetType'>},
  options: PostProgressOptions = {}
): Promise<PostedProgressRecord> {
  const messages: VFileMessage[] = []
  const {target, ...rate} = fields
  // The id and the rate are checked before anything is read or uploaded.
  progressRecordUpdate(progressId, {blocks: []}, rate)
  const onMessage = collect(options, messages)
  const content = await read(client, markdown, target, options, onMessage)
  const payload = progressRecordUpdate(progressId, content, rate, {onMessage, relativeUrls: options.relativeUrls})
  return {record: await call(() => client.okr.v1.progressRecord.update(payload)), messages}
}

/** Fetch a record (`GET …/progress_records/:progress_id`), unwrapped and checked. @throws {FeishuApiError} */
export async function fetchProgressRecord(client: OkrProgressClient, progressId: string): Promise<ProgressRecord> {
  const payload = progressRecordDelete(progressId)
  return call(() => client.okr.v1.progressRecord.get(payload))
}

/** Delete a record (`DELETE …/progress_records/:progress_id`). @throws {FeishuApiError} */
export async function deleteProgressRecord(client: OkrProgressClient, progressId: string): Promise<void> {
  const payload = progressRecordDelete(progressId)
  const answer = await sdkCall(() => client.okr.v1.progressRecord.delete(payload))
  if (answer.code !== undefined && answer.code !== 0) throw new FeishuApiError({code: answer.code, msg: answer.msg})
}

async function read(
  client: OkrProgressClient,
  markdown: string,
  target: {targetId: string; targetType: TargetType | 'objective' | 'kr'},
  options: PostProgressOptions,
  onMessage: (message: VFileMessage) => void
) {
  const people = await withEmails(markdown, options)
  return markdownToContentAsync(markdown, {onImageError: 'throw', ...options, people, onMessage, uploadImage: sdkImageUploader(client, target)})
}

/** Each message into `messages`, and to the caller's `onMessage` as it comes. */
function collect(options: PostProgressOptions, messages: VFileMessage[]) {
  return (message: VFileMessage) => {
    messages.push(message)
    options.onMessage?.(message)
  }
}

/** `people`, with the addresses `@` mentions that it does not know resolved by `resolveEmails`. */
async function withEmails(markdown: string, options: PostProgressOptions): Promise<People | undefined> {
  const {people, resolveEmails} = options
  if (!resolveEmails) return people
  const entries: Array<[string, string | PersonDisplay]> = people ? (people instanceof Map ? [...people] : Object.entries(people)) : []
  const known = new Set(entries.flatMap(([, person]) => (typeof person === 'string' || !person.email ? [] : [person.email.toLowerCase()])))
  const wanted = [...new Set(mentionedAddresses(markdown))].filter((address) => !known.has(address.toLowerCase()))
  if (wanted.length === 0) return people
  return new Map([...entries, ...(await resolveEmails(wanted))])
}

async function call(run: () => Answer): Promise<ProgressRecord> {
  return parseProgressRecord(await sdkCall(run))
}

/** An SDK call; an HTTP error carrying a Feishu envelope becomes its `FeishuApiError`. */
async function sdkCall(run: () => Answer): Promise<Awaited<Answer>> {
  try {
    return await run()
  } catch (error) {
    throw feishuErrorFrom(error) ?? error
  }
}
