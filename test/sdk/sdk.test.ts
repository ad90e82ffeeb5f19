import * as lark from '@larksuiteoapi/node-sdk'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {markdownToContentAsync, resolveImages} from '../../src/feishu/images/node.js'
import type {Content} from '../../src/model/types.js'
import {lookupPeople, sdkImageUploader} from '../../src/feishu/sdk/index.js'
import {startOkrServer, type OkrServer} from '../../src/testing/index.js'
import {jpeg, png} from '../images/encode.js'

/**
 * The SDK helpers against the offline OKR server (`okr-content/testing`),
 * with the real `@larksuiteoapi/node-sdk` client pointed at it: what goes
 * over the wire is what the server checks and records.
 */
const people = Array.from({length: 61}, (_, index) => String(index).padStart(2, '0')).map((n) => ({openId: `ou_${n}`, name: `名${n}`, enName: `Name ${n}`}))
let server: OkrServer
let client: lark.Client

function uploads() {
  return server.requests.filter((request) => request.path === '/open-apis/okr/v1/images/upload').map((request) => request.body as {data: {name?: string; type?: string; size: number}; target_id: string; target_type: string})
}

function batches() {
  return server.requests.filter((request) => request.path === '/open-apis/contact/v3/users/batch').map((request) => [request.query.user_ids].flat())
}

beforeAll(async () => {
  server = await startOkrServer({users: people})
  client = new lark.Client({appId: 'cli_test', appSecret: 'secret', domain: server.url, loggerLevel: lark.LoggerLevel.error})
})

afterAll(() => server.close())

describe('okr-content/sdk against a server that answers like the API', () => {
  it('uploads each image as a file part with its name and type, to the target', async () => {
    const files = {'chart.png': new Blob([new Uint8Array(png(64, 48))]), 'team.jpg': new Blob([new Uint8Array(jpeg(300, 200))])}
    const uploadImage = sdkImageUploader(client, {targetId: '7041430377642082323', targetType: 'kr'})
    const content = await markdownToContentAsync('![](chart.png) ![](team.jpg) ![](chart.png)', {uploadImage, files})
    expect(uploads().map(({data, target_id, target_type}) => [data.name, data.type, target_id, target_type])).toEqual([
      ['chart.png', 'image/png', '7041430377642082323', '3'],
      ['team.jpg', 'image/jpeg', '7041430377642082323', '3']
    ])
    expect(uploads()[0]!.data.size).toBe(png(64, 48).length)
    const images = content.blocks.flatMap((block) => (block.type === 'gallery' ? block.gallery.imageList : []))
    expect(images.map((image) => [image.fileToken, image.width, image.height])).toEqual([['boxcnOffline0001', 64, 48], ['boxcnOffline0002', 300, 200], ['boxcnOffline0001', 64, 48]])
  })

  it('refuses, before any request, an image type the upload does not take; the image path reports it', async () => {
    const before = uploads().length
    const webp = Uint8Array.from([...Buffer.from('RIFF'), 26, 0, 0, 0, ...Buffer.from('WEBPVP8X'), 10, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 9, 0, 0])
    const reasons: string[] = []
    const tree: Content = {blocks: [{type: 'gallery', gallery: {imageList: [{src: 'anim.webp'}]}}]}
    const result = await resolveImages(tree, {
      uploadImage: sdkImageUploader(client, {targetId: '1', targetType: 2}),
      files: {'anim.webp': new Blob([webp])},
      onMessage: (message) => reasons.push(`${message.ruleId}: ${message.reason}`)
    })
    expect(uploads().length).toBe(before)
    expect(result).toEqual(tree)
    expect(reasons).toEqual([expect.stringMatching(/^image-upload: .*the OKR image upload takes JPG, PNG, GIF or BMP images, not image\/webp; kept with its src only\)$/)])
  })

  it('looks up names in batches of 50, English names with an English locale', async () => {
    const ids = Array.from({length: 61}, (_, index) => `ou_${String(index).padStart(2, '0')}`).concat('ou_unknownx', 'ou_00')
    const people = await lookupPeople(client, ids)
    expect(batches().map((batch) => batch.length)).toEqual([50, 12])
    expect(people.size).toBe(61)
    expect(people.get('ou_07')).toEqual({name: '名07'})
    expect(people.has('ou_unknownx')).toBe(false)
    expect((await lookupPeople(client, ['ou_01'], {locale: 'en-US'})).get('ou_01')).toEqual({name: 'Name 01'})
  })
})
