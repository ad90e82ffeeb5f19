import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import * as lark from '@larksuiteoapi/node-sdk'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {markdownToContentAsync, resolveImages} from '../../src/feishu/images/node.js'
import type {Content} from '../../src/model/types.js'
import {lookupPeople, sdkImageUploader} from '../../src/feishu/sdk/index.js'
import {jpeg, png} from '../images/encode.js'

/**
 * The SDK helpers against a local server that answers like the Feishu Open
 * API (the tenant token, the OKR image upload, the contact batch call), with
 * the real `@larksuiteoapi/node-sdk` client pointed at it: what goes over the
 * wire is what the server checks.
 */
interface Upload {
  fileName: string | undefined
  type: string | undefined
  size: number
  targetId: unknown
  targetType: unknown
}

const uploads: Upload[] = []
const batches: string[][] = []
let server: Server
let client: lark.Client

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function answer(response: ServerResponse, value: unknown): void {
  response.setHeader('content-type', 'application/json')
  response.end(JSON.stringify(value))
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const payload = await body(request)
    if (url.pathname === '/open-apis/auth/v3/tenant_access_token/internal') {
      return answer(response, {code: 0, msg: 'ok', tenant_access_token: 't-test', expire: 7200})
    }
    if (url.pathname === '/open-apis/okr/v1/images/upload') {
      // Parsed as a server would: a multipart form with a file part.
      const form = await new Request('http://localhost', {method: 'POST', body: new Uint8Array(payload), headers: {'content-type': request.headers['content-type'] ?? ''}}).formData()
      const file = form.get('data')
      uploads.push({
        fileName: typeof file === 'object' && file !== null ? file.name : undefined,
        type: typeof file === 'object' && file !== null ? file.type : undefined,
        size: typeof file === 'object' && file !== null ? file.size : 0,
        targetId: form.get('target_id'),
        targetType: form.get('target_type')
      })
      return answer(response, {code: 0, msg: 'success', data: {file_token: `boxcn${uploads.length}`, url: `https://internal-api-okr.feishu.cn/f/${uploads.length}`}})
    }
    if (url.pathname === '/open-apis/contact/v3/users/batch') {
      const ids = url.searchParams.getAll('user_ids')
      batches.push(ids)
      return answer(response, {code: 0, msg: 'success', data: {items: ids.filter((id) => !id.endsWith('x')).map((id) => ({open_id: id, name: `名${id.slice(-2)}`, en_name: `Name ${id.slice(-2)}`, mobile: ''}))}})
    }
    response.statusCode = 404
    answer(response, {code: 404, msg: `no ${url.pathname}`})
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  client = new lark.Client({appId: 'cli_test', appSecret: 'secret', domain: `http://127.0.0.1:${port}`, loggerLevel: lark.LoggerLevel.error})
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('okr-content/sdk against a server that answers like the API', () => {
  it('uploads each image as a file part with its name and type, to the target', async () => {
    const files = {'chart.png': new Blob([new Uint8Array(png(64, 48))]), 'team.jpg': new Blob([new Uint8Array(jpeg(300, 200))])}
    const uploadImage = sdkImageUploader(client, {targetId: '7041430377642082323', targetType: 'kr'})
    const content = await markdownToContentAsync('![](chart.png) ![](team.jpg) ![](chart.png)', {uploadImage, files})
    expect(uploads.map(({fileName, type, targetId, targetType}) => [fileName, type, targetId, targetType])).toEqual([
      ['chart.png', 'image/png', '7041430377642082323', '3'],
      ['team.jpg', 'image/jpeg', '7041430377642082323', '3']
    ])
    expect(uploads[0]!.size).toBe(png(64, 48).length)
    const images = content.blocks.flatMap((block) => (block.type === 'gallery' ? block.gallery.imageList : []))
    expect(images.map((image) => [image.fileToken, image.width, image.height])).toEqual([['boxcn1', 64, 48], ['boxcn2', 300, 200], ['boxcn1', 64, 48]])
  })

  it('refuses, before any request, an image type the upload does not take; the image path reports it', async () => {
    const before = uploads.length
    const webp = Uint8Array.from([...Buffer.from('RIFF'), 26, 0, 0, 0, ...Buffer.from('WEBPVP8X'), 10, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 9, 0, 0])
    const reasons: string[] = []
    const tree: Content = {blocks: [{type: 'gallery', gallery: {imageList: [{src: 'anim.webp'}]}}]}
    const result = await resolveImages(tree, {
      uploadImage: sdkImageUploader(client, {targetId: '1', targetType: 2}),
      files: {'anim.webp': new Blob([webp])},
      onMessage: (message) => reasons.push(`${message.ruleId}: ${message.reason}`)
    })
    expect(uploads.length).toBe(before)
    expect(result).toEqual(tree)
    expect(reasons).toEqual([expect.stringMatching(/^image-upload: .*the OKR image upload takes JPG, PNG, GIF or BMP images, not image\/webp; kept with its src only\)$/)])
  })

  it('looks up names in batches of 50, English names with an English locale', async () => {
    const ids = Array.from({length: 61}, (_, index) => `ou_${String(index).padStart(2, '0')}`).concat('ou_unknownx', 'ou_00')
    const people = await lookupPeople(client, ids)
    expect(batches.map((batch) => batch.length)).toEqual([50, 12])
    expect(people.size).toBe(61)
    expect(people.get('ou_07')).toEqual({name: '名07'})
    expect(people.has('ou_unknownx')).toBe(false)
    expect((await lookupPeople(client, ['ou_01'], {locale: 'en-US'})).get('ou_01')).toEqual({name: 'Name 01'})
  })
})
