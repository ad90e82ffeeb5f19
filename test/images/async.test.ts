import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {markdownToContentAsync, progressRecordFromMarkdownAsync} from '../../src/feishu/images/node.js'
import type {UploadImageInput} from '../../src/feishu/images/resolve.js'
import {ProgressRecordValidationError} from '../../src/feishu/progress/request.js'
import {jpeg, png} from './encode.js'

const dir = mkdtempSync(path.join(tmpdir(), 'okr-content-async-'))
writeFileSync(path.join(dir, 'chart.png'), png(120, 80))
writeFileSync(path.join(dir, 'team.jpg'), jpeg(300, 200))

const fields = {targetId: '7041430377642082323', targetType: 'kr' as const, sourceTitle: 'Weekly report', sourceUrl: 'https://example.com/r/1'}
const markdown = 'Shipped.\n\n![](chart.png)\n\n![](./team.jpg)\n\n![](chart.png)\n'

function uploader() {
  const calls: UploadImageInput[] = []
  return {
    calls,
    uploadImage: async (input: UploadImageInput) => {
      calls.push(input)
      return {fileToken: `box${calls.length}`, url: `https://internal-api-okr.feishu.cn/f/box${calls.length}`}
    }
  }
}

describe('the asynchronous Markdown path', () => {
  it('markdownToContentAsync uploads each local image once', async () => {
    const {calls, uploadImage} = uploader()
    const content = await markdownToContentAsync(markdown, {uploadImage, baseDir: dir})
    expect(calls.map((call) => [call.fileName, call.width, call.height])).toEqual([
      ['chart.png', 120, 80],
      ['team.jpg', 300, 200]
    ])
    const images = content.blocks.flatMap((block) => (block.type === 'gallery' ? block.gallery.imageList : []))
    expect(images.map((image) => image.fileToken)).toEqual(['box1', 'box2', 'box1'])
    expect(images[1]).toEqual({fileToken: 'box2', src: 'https://internal-api-okr.feishu.cn/f/box2', width: 300, height: 200})
  })

  it('progressRecordFromMarkdownAsync gives a sendable body', async () => {
    const {uploadImage} = uploader()
    const body = await progressRecordFromMarkdownAsync(markdown, {...fields, progress: {percent: 75, status: 'normal'}}, {uploadImage, baseDir: dir})
    expect(body).toMatchObject({target_type: 3, progress_rate: {percent: 75, status: 0}})
    expect(JSON.stringify(body)).not.toContain('chart.png')
  })

  it('checks the fields before uploading anything', async () => {
    const {calls, uploadImage} = uploader()
    await expect(
      progressRecordFromMarkdownAsync(markdown, {...fields, sourceUrl: 'nope'}, {uploadImage, baseDir: dir})
    ).rejects.toThrow(ProgressRecordValidationError)
    expect(calls).toEqual([])
  })

  it('a kept failed local image makes the request invalid, naming it', async () => {
    const {uploadImage} = uploader()
    const messages: string[] = []
    await expect(
      progressRecordFromMarkdownAsync('![](missing.png)', fields, {uploadImage, baseDir: dir, onMessage: (m) => messages.push(m.ruleId!)})
    ).rejects.toThrow(/content\.blocks\[0\]\.gallery\.imageList\[0\]\.src: must be an http\(s\) URL/)
    expect(messages).toEqual(['image-upload'])
  })

  it('an uploader that answers a URL outside the policy makes the request invalid, naming it', async () => {
    const uploadImage = async () => ({fileToken: 'box1', url: 'javascript:alert(1)'})
    await expect(progressRecordFromMarkdownAsync('![](chart.png)', fields, {uploadImage, baseDir: dir})).rejects.toThrow(
      /content\.blocks\[0\]\.gallery\.imageList\[0\]\.src: must be inside the URL policy/
    )
  })
})
