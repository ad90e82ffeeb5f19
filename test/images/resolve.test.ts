import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {imageSize} from 'image-size'
import {beforeAll, describe, expect, it} from 'vitest'
import {resolveImages} from '../../src/feishu/images/node.js'
import {ImageUploadError, shouldUploadImage, type FetchLike, type UploadImageInput} from '../../src/feishu/images/resolve.js'
import type {Content, Image} from '../../src/model/types.js'
import type {VFileMessage} from '../../src/messages.js'
import {jpeg, png} from './encode.js'

let dir: string
const chartPng = png(64, 48)
const photoJpeg = jpeg(640, 480)

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'okr-content-images-'))
  writeFileSync(path.join(dir, 'chart.png'), chartPng)
  writeFileSync(path.join(dir, 'photo.jpg'), photoJpeg)
  writeFileSync(path.join(dir, 'notes.txt'), 'not an image')
})

function gallery(...srcs: Array<string | Image>): Content {
  return {
    blocks: [
      {type: 'paragraph', paragraph: {elements: [{type: 'textRun', textRun: {text: 'Report'}}]}},
      ...srcs.map((src) => ({type: 'gallery' as const, gallery: {imageList: [typeof src === 'string' ? {src} : src]}}))
    ]
  }
}

function fakeUploader(fail?: (input: UploadImageInput) => boolean) {
  const calls: UploadImageInput[] = []
  return {
    calls,
    uploadImage: async (input: UploadImageInput) => {
      calls.push(input)
      if (fail?.(input)) throw new Error('quota exceeded')
      return {fileToken: `box${calls.length}`, url: `https://internal-api-okr.feishu.cn/stream/api/downloadFile/?file_token=box${calls.length}`}
    }
  }
}

function fakeFetch(files: Record<string, Uint8Array>) {
  const requested: string[] = []
  const fetch: FetchLike = async (url) => {
    requested.push(url)
    if (url.includes('offline')) throw new Error('getaddrinfo ENOTFOUND')
    const bytes = files[url]
    return {
      ok: bytes !== undefined,
      status: bytes ? 200 : 404,
      statusText: bytes ? 'OK' : 'Not Found',
      arrayBuffer: async () => (bytes ?? new Uint8Array()).slice().buffer
    }
  }
  return {fetch, requested}
}

function imagesOf(content: Content): Image[] {
  return content.blocks.flatMap((block) => (block.type === 'gallery' ? block.gallery.imageList : []))
}

describe('the test encoders', () => {
  it('make real images whose size reads back', () => {
    expect(imageSize(chartPng)).toMatchObject({width: 64, height: 48, type: 'png'})
    expect(imageSize(photoJpeg)).toMatchObject({width: 640, height: 480, type: 'jpg'})
    expect(imageSize(png(1, 3000))).toMatchObject({width: 1, height: 3000})
  })
})

describe('resolveImages', () => {
  it('uploads local PNG and JPEG files with their measured size and sets token, url, width, height', async () => {
    const {calls, uploadImage} = fakeUploader()
    const result = await resolveImages(gallery('chart.png', './photo.jpg'), {uploadImage, baseDir: dir})
    expect(calls.map(({fileName, mimeType, width, height, source}) => ({fileName, mimeType, width, height, source}))).toEqual([
      {fileName: 'chart.png', mimeType: 'image/png', width: 64, height: 48, source: 'chart.png'},
      {fileName: 'photo.jpg', mimeType: 'image/jpeg', width: 640, height: 480, source: './photo.jpg'}
    ])
    expect(Buffer.from(calls[0]!.bytes).equals(Buffer.from(chartPng))).toBe(true)
    expect(imagesOf(result)).toEqual([
      {fileToken: 'box1', src: 'https://internal-api-okr.feishu.cn/stream/api/downloadFile/?file_token=box1', width: 64, height: 48},
      {fileToken: 'box2', src: 'https://internal-api-okr.feishu.cn/stream/api/downloadFile/?file_token=box2', width: 640, height: 480}
    ])
  })

  it('uploads each distinct image once and gives every occurrence the token', async () => {
    const {calls, uploadImage} = fakeUploader()
    const absolute = path.join(dir, 'chart.png')
    const content = gallery('chart.png', './chart.png', absolute, pathToFileURL(absolute).href, 'photo.jpg', 'chart.png')
    const result = await resolveImages(content, {uploadImage, baseDir: dir})
    expect(calls.map((call) => call.source)).toEqual(['chart.png', 'photo.jpg'])
    expect(imagesOf(result).map((image) => image.fileToken)).toEqual(['box1', 'box1', 'box1', 'box1', 'box2', 'box1'])
  })

  it('downloads off-Feishu URLs with the given fetch, once per URL', async () => {
    const {calls, uploadImage} = fakeUploader()
    const {fetch, requested} = fakeFetch({'https://example.com/img/chart.png': chartPng})
    const result = await resolveImages(gallery('https://example.com/img/chart.png', 'https://example.com/img/chart.png'), {
      uploadImage,
      fetch
    })
    expect(requested).toEqual(['https://example.com/img/chart.png'])
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({fileName: 'chart.png', width: 64, height: 48})
    expect(imagesOf(result).map((image) => image.fileToken)).toEqual(['box1', 'box1'])
  })

  it('uploads data: URLs', async () => {
    const {calls, uploadImage} = fakeUploader()
    const src = `data:image/jpeg;base64,${Buffer.from(photoJpeg).toString('base64')}`
    const result = await resolveImages(gallery(src), {uploadImage})
    expect(calls[0]).toMatchObject({fileName: 'image-1.jpg', mimeType: 'image/jpeg', width: 640, height: 480})
    expect(imagesOf(result)[0]).toMatchObject({fileToken: 'box1', width: 640, height: 480})
  })

  it('leaves alone images with a fileToken, on Feishu hosts, or refused by shouldUpload', async () => {
    const {calls, uploadImage} = fakeUploader()
    const {fetch, requested} = fakeFetch({})
    const content = gallery(
      {fileToken: 'boxKeep', src: 'chart.png'},
      'https://internal-api-okr.feishu.cn/stream/api/downloadFile/?file_token=boxX',
      'https://cdn.example.com/skip.png'
    )
    const result = await resolveImages(content, {uploadImage, fetch, shouldUpload: (src) => shouldUploadImage(src) && !src.includes('skip')})
    expect(calls).toEqual([])
    expect(requested).toEqual([])
    expect(result).toEqual(content)
  })

  it('does not change the input', async () => {
    const {uploadImage} = fakeUploader()
    const content = gallery('chart.png')
    const copy = structuredClone(content)
    const result = await resolveImages(content, {uploadImage, baseDir: dir})
    expect(content).toEqual(copy)
    expect(result).not.toBe(content)
  })

  it('reports each failure with the image, its index and its position, and keeps the image (default)', async () => {
    const messages: VFileMessage[] = []
    const {calls, uploadImage} = fakeUploader((input) => input.fileName === 'photo.jpg')
    const {fetch} = fakeFetch({})
    const content = gallery('missing.png', 'notes.txt', 'https://example.com/404.png', 'https://offline.example/x.png', 'photo.jpg', 'chart.png', 'missing.png')
    const result = await resolveImages(content, {
      uploadImage,
      fetch,
      baseDir: dir,
      onMessage: (message) => messages.push(message),
      positions: (_src, index) => ({start: {line: index * 10, column: 1}, end: {line: index * 10, column: 20}})
    })
    expect(messages.map((message) => [message.ruleId, message.source, message.line])).toEqual([
      ['image-upload', 'okr-content', 10],
      ['image-upload', 'okr-content', 20],
      ['image-upload', 'okr-content', 30],
      ['image-upload', 'okr-content', 40],
      ['image-upload', 'okr-content', 50],
      ['image-upload', 'okr-content', 70]
    ])
    const reasons = messages.map((message) => message.reason)
    expect(reasons[0]).toMatch(/image 1 "missing\.png": cannot read .*missing\.png: no such file; kept with its src only/)
    expect(reasons[1]).toMatch(/image 2 "notes\.txt": not an image/)
    expect(reasons[2]).toMatch(/image 3 "https:\/\/example\.com\/404\.png": download failed: HTTP 404 Not Found/)
    expect(reasons[3]).toMatch(/image 4 .*download failed: getaddrinfo ENOTFOUND/)
    expect(reasons[4]).toMatch(/image 5 "photo\.jpg": upload failed: quota exceeded/)
    expect(reasons[5]).toMatch(/image 7 "missing\.png": cannot read/)
    // One read per distinct file: the second missing.png was not retried; chart.png was uploaded.
    expect(calls.map((call) => call.fileName)).toEqual(['photo.jpg', 'chart.png'])
    expect(imagesOf(result)).toEqual([
      {src: 'missing.png'},
      {src: 'notes.txt'},
      {src: 'https://example.com/404.png'},
      {src: 'https://offline.example/x.png'},
      {src: 'photo.jpg'},
      expect.objectContaining({fileToken: 'box2', width: 64, height: 48}),
      {src: 'missing.png'}
    ])
  })

  it('reports without a position when none is known, and adds to a file', async () => {
    const {VFile} = await import('vfile')
    const file = new VFile({path: 'report.md'})
    const {uploadImage} = fakeUploader()
    await resolveImages(gallery('missing.png'), {uploadImage, baseDir: dir, file})
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ruleId: 'image-upload', line: undefined, file: 'report.md'})
  })

  it('drops failed images with onImageError: drop (and a gallery left empty)', async () => {
    const {uploadImage} = fakeUploader()
    const messages: string[] = []
    const result = await resolveImages(gallery('missing.png', 'chart.png'), {
      uploadImage,
      baseDir: dir,
      onImageError: 'drop',
      onMessage: (message) => messages.push(message.reason)
    })
    expect(result.blocks).toHaveLength(2)
    expect(imagesOf(result)).toEqual([expect.objectContaining({fileToken: 'box1'})])
    expect(messages[0]).toMatch(/; dropped\)$/)
  })

  it('throws ImageUploadError listing every failure with onImageError: throw, after trying all', async () => {
    const {calls, uploadImage} = fakeUploader()
    const error = await resolveImages(gallery('missing.png', 'chart.png', 'notes.txt'), {uploadImage, baseDir: dir, onImageError: 'throw'}).catch(
      (error: unknown) => error
    )
    expect(error).toBeInstanceOf(ImageUploadError)
    expect((error as ImageUploadError).failures.map((failure) => [failure.index, failure.source])).toEqual([
      [1, 'missing.png'],
      [3, 'notes.txt']
    ])
    expect((error as Error).message).toMatch(/^2 images could not be uploaded: image 1 "missing\.png"/)
    expect(calls).toHaveLength(1)
  })

  it('fails an upload that returns no fileToken', async () => {
    const messages: string[] = []
    await resolveImages(gallery('chart.png'), {
      uploadImage: async () => ({fileToken: ''}),
      baseDir: dir,
      onMessage: (message) => messages.push(message.reason)
    })
    expect(messages[0]).toMatch(/uploadImage returned no fileToken/)
  })

  it('uses the injected readFile and drops src when the upload gives no url', async () => {
    const read: string[] = []
    const result = await resolveImages(gallery('virtual/pic.png'), {
      uploadImage: async () => ({fileToken: 'boxV'}),
      baseDir: '/virtual-root',
      readFile: async (file) => {
        read.push(file)
        return png(3, 2)
      }
    })
    expect(read).toEqual([path.resolve('/virtual-root', 'virtual/pic.png')])
    expect(imagesOf(result)).toEqual([{fileToken: 'boxV', width: 3, height: 2}])
  })

  it('needs an uploader and a valid tree', async () => {
    await expect(resolveImages(gallery('a.png'), {} as never)).rejects.toThrow('uploadImage: must be a function')
    await expect(resolveImages({blocks: 1} as never, fakeUploader())).rejects.toThrow('Invalid content_block tree')
  })
})

describe('shouldUploadImage', () => {
  it.each([
    ['chart.png', true],
    ['./img/chart.png', true],
    ['/abs/chart.png', true],
    ['file:///tmp/a.png', true],
    ['data:image/png;base64,AAAA', true],
    ['https://example.com/a.png', true],
    ['http://example.com/a.png', true],
    ['https://internal-api-okr.feishu.cn/stream/api/downloadFile/?file_token=x', false],
    ['https://x.larksuite.com/a.png', false],
    ['https://example.feishu-boe.cn/a.png', false],
    ['https://notfeishu.cn/a.png', true],
    ['ftp://example.com/a.png', false],
    ['javascript:alert(1)', false]
  ])('%s → %s', (src, expected) => {
    expect(shouldUploadImage(src)).toBe(expected)
  })
})
