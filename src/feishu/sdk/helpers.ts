/**
 * The SDK wired into the library's hooks: an image uploader, and names for
 * `people` from the contact API. The client is typed by what is used of it,
 * so any version of the SDK whose calls have these shapes fits (a strict
 * consumer test holds the real one to it).
 */
import {Readable} from 'node:stream'
import type {UploadImage} from '../images/resolve.js'
import type {PersonDisplay} from '../../dialect/mention.js'
import {type TargetType, targetTypes} from '../progress/request.js'

/** What `sdkImageUploader` uses of the SDK client: `client.okr.image.upload`. */
export interface OkrImageClient {
  okr: {
    image: {
      upload: (payload: {data: {data: Buffer; target_id: string; target_type: number}}) => Promise<{file_token?: string | undefined; url?: string | undefined} | null>
    }
  }
}

/** The image types the OKR image upload accepts (JPG, PNG, GIF, BMP). */
export const acceptedImageTypes: readonly string[] = ['image/jpeg', 'image/png', 'image/gif', 'image/bmp']

/**
 * An `uploadImage` that uploads to the objective or key result `target` with
 * `client.okr.image.upload`. An image of another type (WebP, SVG…) is refused
 * before any request (`resolveImages` reports it, rule `image-upload`).
 */
export function sdkImageUploader(
  client: OkrImageClient,
  target: {targetId: string; targetType: TargetType | 'objective' | 'kr'}
): UploadImage {
  const targetType = typeof target.targetType === 'string' ? targetTypes[target.targetType] : target.targetType
  return async ({bytes, fileName, mimeType}) => {
    if (!acceptedImageTypes.includes(mimeType)) {
      throw new Error(`the OKR image upload takes JPG, PNG, GIF or BMP images, not ${mimeType}`)
    }
    const response = await client.okr.image.upload({data: {data: namedFile(bytes, fileName), target_id: target.targetId, target_type: targetType}})
    if (!response?.file_token) throw new Error('the upload returned no file_token')
    return {fileToken: response.file_token, url: response.url}
  }
}

/**
 * The file as the SDK's form serializer (form-data) names a part: a stream
 * with a `path`, whose base name becomes the part's file name and whose
 * extension its content type. A `Buffer` would go as a nameless
 * `application/octet-stream` field (checked against a server in the tests).
 */
function namedFile(bytes: Uint8Array, fileName: string): Buffer {
  const stream = Readable.from([Buffer.from(bytes)]) as Readable & {path: string}
  stream.path = fileName
  return stream as unknown as Buffer
}

/** What `lookupPeople` uses of the SDK client: `client.contact.v3.user.batch`. */
export interface ContactClient {
  contact: {
    v3: {
      user: {
        batch: (payload: {params: {user_ids: string[]; user_id_type?: 'open_id' | 'union_id' | 'user_id'}}) => Promise<{
          code?: number | undefined
          msg?: string | undefined
          data?: {items?: Array<{open_id?: string | undefined; name: string; en_name?: string | undefined}> | undefined} | undefined
        }>
      }
    }
  }
}

/** The batch size of the contact API's user batch call. */
const batchSize = 50

/**
 * The names of the people `openIds` name, for the writers' `people` option:
 * one contact API call per 50 ids. `locale` `'en'` prefers the English name
 * where there is one. Ids the API does not return are left out (they show
 * as their openId).
 */
export async function lookupPeople(client: ContactClient, openIds: Iterable<string>, options: {locale?: string | undefined} = {}): Promise<Map<string, PersonDisplay>> {
  const ids = [...new Set(openIds)]
  const english = /^en\b/i.test(options.locale ?? '')
  const people = new Map<string, PersonDisplay>()
  for (let start = 0; start < ids.length; start += batchSize) {
    const response = await client.contact.v3.user.batch({params: {user_ids: ids.slice(start, start + batchSize), user_id_type: 'open_id'}})
    if (response.code !== undefined && response.code !== 0) throw new Error(`contact API error ${response.code}: ${response.msg ?? ''}`)
    for (const user of response.data?.items ?? []) {
      if (user.open_id) people.set(user.open_id, {name: (english && user.en_name) || user.name})
    }
  }
  return people
}

/** Open ids for e-mail addresses, as people for reading `@address` mentions (open id → `{name, email}`). */
export type EmailResolver = (emails: readonly string[]) => Promise<Map<string, PersonDisplay>>

/** What `sdkEmailResolver` uses of the SDK client: `client.contact.v3.user.batchGetId`. */
export interface ContactIdClient {
  contact: {
    v3: {
      user: {
        batchGetId: (payload: {data: {emails: string[]}; params: {user_id_type: 'open_id'}}) => Promise<{
          code?: number | undefined
          msg?: string | undefined
          data?: {user_list?: Array<{user_id?: string | undefined; email?: string | undefined}> | undefined} | undefined
        }>
      }
    }
  }
}

/**
 * An {@link EmailResolver} on the contact API (`batch_get_id`, 50 addresses
 * a call). An address nobody has is left out (`@address` then stays text,
 * reported `mention-unknown`). The name is the address: look names up with
 * `lookupPeople` to show them.
 */
export function sdkEmailResolver(client: ContactIdClient): EmailResolver {
  return async (emails) => {
    const people = new Map<string, PersonDisplay>()
    const unique = [...new Set(emails)]
    for (let start = 0; start < unique.length; start += batchSize) {
      const response = await client.contact.v3.user.batchGetId({data: {emails: unique.slice(start, start + batchSize)}, params: {user_id_type: 'open_id'}})
      if (response.code !== undefined && response.code !== 0) throw new Error(`contact API error ${response.code}: ${response.msg ?? ''}`)
      for (const user of response.data?.user_list ?? []) {
        if (user.user_id && user.email) people.set(user.user_id, {name: user.email, email: user.email})
      }
    }
    return people
  }
}
