import {describe, expect, it} from 'vitest'
import {resolveImages as resolveFiles} from '../../src/feishu/images/node.js'
import type {FetchLike, UploadImageInput} from '../../src/feishu/images/resolve.js'
import {markdownToContentAsync, resolveImages} from '../../src/feishu/images/web.js'
import type {Content} from '../../src/model/types.js'
import {jpeg, png} from './encode.js'

/** The image path where there are no files to read: a browser's (what `okr-content` gives outside Node). */
function uploader() {
  const calls: Array<Omit<UploadImageInput, 'bytes'>> = []
  return {
    calls,
    uploadImage: async ({bytes, ...input}: UploadImageInput) => {
      calls.push(input)
      return {fileToken: `box${calls.length}`, url: `https://internal-api-okr.feishu.cn/f/box${calls.length}`}
    }
  }
}

function fakeFetch(files: Record<string, Uint8Array>) {
  const requested: string[] = []
  const fetch: FetchLike = async (url) => {
    requested.push(url)
    const bytes = files[url]
    return {ok: bytes !== undefined, status: bytes ? 200 : 404, arrayBuffer: async () => (bytes ?? new Uint8Array()).slice().buffer}
  }
  return {fetch, requested}
}

const gallery = (...srcs: string[]): Content => ({blocks: srcs.map((src) => ({type: 'gallery' as const, gallery: {imageList: [{src}]}}))})

describe('images in a browser', () => {
  it('reads images given as files (a paste, an <input>) by their src, with their own name', async () => {
    const {calls, uploadImage} = uploader()
    const files = new Map([['chart.png', new File([new Uint8Array(png(40, 30))], 'Chart 1.png', {type: 'image/png'})]])
    const content = await markdownToContentAsync('![](chart.png) ![](chart.png)', {uploadImage, files})
    expect(calls).toEqual([{fileName: 'Chart 1.png', mimeType: 'image/png', width: 40, height: 30, source: 'chart.png'}])
    expect(content.blocks).toEqual([
      {type: 'gallery', gallery: {imageList: [1, 2].map(() => ({src: 'https://internal-api-okr.feishu.cn/f/box1', fileToken: 'box1', width: 40, height: 30}))}}
    ])
  })

  it('takes files as an object too, and in Node as well', async () => {
    const {calls, uploadImage} = uploader()
    await resolveFiles(gallery('photo.jpg'), {uploadImage, files: {'photo.jpg': new Blob([new Uint8Array(jpeg(64, 48))])}})
    expect(calls.map((call) => [call.fileName, call.width, call.height])).toEqual([['photo.jpg', 64, 48]])
  })

  it('downloads relative URLs against baseUrl, and blob: URLs, with fetch', async () => {
    const {calls, uploadImage} = uploader()
    const {fetch, requested} = fakeFetch({'https://okr.example.com/w23/img/a.png': png(2, 3), 'blob:https://okr.example.com/1f2e': png(5, 6)})
    await resolveImages(gallery('img/a.png', 'blob:https://okr.example.com/1f2e'), {uploadImage, fetch, baseUrl: 'https://okr.example.com/w23/report'})
    expect(requested).toEqual(['https://okr.example.com/w23/img/a.png', 'blob:https://okr.example.com/1f2e'])
    expect(calls.map((call) => [call.fileName, call.width, call.height])).toEqual([['a.png', 2, 3], ['1f2e.png', 5, 6]])
  })

  it('says why a relative URL cannot be read without a page or baseUrl', async () => {
    const reasons: string[] = []
    const {uploadImage} = uploader()
    await resolveImages(gallery('img/a.png'), {uploadImage, onMessage: (message) => reasons.push(message.reason)})
    expect(reasons).toEqual([
      expect.stringMatching(/^image not uploaded: .*\(image 1 "img\/a\.png": a relative URL, and no baseUrl to resolve it against; kept with its src only\)$/)
    ])
  })
})
