/**
 * The asynchronous image path, the same on every platform: images that are
 * `data:` URLs, files given by the caller (`files`), URLs off Feishu, or local
 * to the document (a path in Node, `images/node.ts`; a URL relative to the
 * page in a browser, `images/web.ts`) are read, measured from their header
 * with `image-size`, and uploaded through a caller-supplied `uploadImage`
 * (wired to the SDK's `client.okr.image.upload`), once per distinct image.
 */
import {imageSize} from 'image-size'
import type {Position} from 'unist'
import {markdownToContent, type MarkdownToContentOptions} from '../../markdown/index.js'
import {createReporter, type MessageOptions} from '../../messages.js'
import type {Block, Content, Image} from '../../model/types.js'
import {validateContent} from '../../model/validate.js'
import type {RequestUrlOptions} from '../request-urls.js'
import {progressRecordFromContent, progressRecordRequestFields, type ProgressRecordCreateRequest, type ProgressRecordFields} from '../progress/request.js'

/** What `uploadImage` receives: one distinct image, read and measured. */
export interface UploadImageInput {
  bytes: Uint8Array
  /** A file name with an extension, e.g. `chart.png` (`image-1.png` for `data:` URLs). */
  fileName: string
  /** e.g. `image/png`. */
  mimeType: string
  /** Width in px, from the image header. */
  width: number
  /** Height in px, from the image header. */
  height: number
  /** The `src` as written in the document. */
  source: string
}

/** What `uploadImage` returns: the `file_token` and `url` of the upload API. */
export interface UploadImageResult {
  fileToken: string
  url?: string | undefined
}

export type UploadImage = (input: UploadImageInput) => Promise<UploadImageResult>

/** A minimal `fetch`: what the image path uses of it. */
export type FetchLike = (
  url: string
) => Promise<{ok: boolean; status: number; statusText?: string; arrayBuffer(): Promise<ArrayBuffer>}>

export interface ResolveImagesOptions extends MessageOptions {
  /** Uploads one image; called once per distinct image. Required. */
  uploadImage: UploadImage
  /** Images by their `src` as written in the document (a `File` from an `<input>` or a paste…): read from here first. */
  files?: ReadonlyMap<string, Blob> | Readonly<Record<string, Blob>> | undefined
  /** Node: reads a local file. Default: `fs.promises.readFile`. */
  readFile?: ((path: string) => Promise<Uint8Array>) | undefined
  /** Node: the directory relative image paths are read from. Default: `process.cwd()`. */
  baseDir?: string | undefined
  /** Browsers: the URL relative image URLs are resolved against. Default: the page's (`location.href`). */
  baseUrl?: string | undefined
  /** Which `src` to upload. Default: {@link shouldUploadImage}. Images with a `fileToken` are never uploaded. */
  shouldUpload?: ((src: string) => boolean) | undefined
  /** Downloads http(s) images. Default: `globalThis.fetch`. */
  fetch?: FetchLike | undefined
  /** What to do with an image that fails: keep it as it was (default), drop it, or throw {@link ImageUploadError} at the end. */
  onImageError?: 'keep' | 'drop' | 'throw' | undefined
  /** Where an image is in the source, for messages (`index` is 1-based, in document order). */
  positions?: ((src: string, index: number) => Position | undefined) | undefined
}

/** One image that could not be read, measured or uploaded. */
export interface ImageFailure {
  /** 1-based index of the image in document order. */
  index: number
  source: string
  reason: string
  position?: Position | undefined
}

/** Thrown by `onImageError: 'throw'` after every image was tried. */
export class ImageUploadError extends Error {
  readonly failures: ImageFailure[]

  constructor(failures: ImageFailure[]) {
    const first = failures[0]!
    super(
      `${failures.length} image${failures.length === 1 ? '' : 's'} could not be uploaded: image ${first.index} ${JSON.stringify(first.source)}: ${first.reason}` +
        (failures.length > 1 ? ` (and ${failures.length - 1} more)` : '')
    )
    this.name = 'ImageUploadError'
    this.failures = failures
  }
}

const feishuHost = /(?:^|\.)(?:feishu\.cn|feishu\.net|feishucdn\.com|larksuite\.com|larksuitecdn\.com|larkoffice\.com|feishu-boe\.cn|larksuite-boe\.com)$/i

/**
 * The default `shouldUpload`: local paths, `file:` and `blob:` URLs,
 * `data:image/…` URLs and http(s) URLs whose host is not a Feishu/Lark host.
 */
export function shouldUploadImage(src: string): boolean {
  if (/^data:image\//i.test(src) || /^(?:file|blob):/i.test(src)) return true
  if (/^https?:\/\//i.test(src)) {
    try {
      return !feishuHost.test(new URL(src).hostname)
    } catch {
      return false
    }
  }
  // Another scheme (`ftp:`…) is not ours to fetch; anything else is a path.
  return !/^[a-z][a-z\d+.-]*:/i.test(src) || /^[a-z]:[\\/]/i.test(src)
}

const mimeTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  heif: 'image/heif',
  avif: 'image/avif'
}

/**
 * How a platform reads an image that is local to the document: a relative
 * path or `file:` URL in Node, a relative or `blob:` URL in a browser.
 */
export interface ImageSource {
  /** The identity of a local image (one upload per identity). */
  key(src: string, options: ResolveImagesOptions): string
  /** Read the image `key` names; `name` is a file name for the upload. */
  read(key: string, options: ResolveImagesOptions): Promise<{bytes: Uint8Array; name: string}>
}

interface Loaded {
  fileToken: string
  url: string | undefined
  width: number
  height: number
}

/**
 * Upload the images of `content` that need it and return a new tree where
 * each has its `fileToken`, `src` (the returned url), `width` and `height`.
 * The input is not changed. One upload per distinct image (by resolved path
 * or URL); uploads run one after the other, in document order. Failures are
 * reported per image (rule `image-upload`) and handled by `onImageError`.
 */
async function resolveImagesWith(source: ImageSource, content: Content, options: ResolveImagesOptions): Promise<Content> {
  if (typeof options?.uploadImage !== 'function') throw new TypeError('uploadImage: must be a function')
  validateContent(content)
  const report = createReporter(options)
  const shouldUpload = options.shouldUpload ?? shouldUploadImage
  const cache = new Map<string, Promise<Loaded>>()
  const failures: ImageFailure[] = []
  const onError = options.onImageError ?? 'keep'
  let index = 0
  const blocks: Block[] = []

  for (const block of content.blocks) {
    if (block.type !== 'gallery') {
      blocks.push(structuredClone(block))
      continue
    }
    const imageList: Image[] = []
    for (const image of block.gallery.imageList) {
      index++
      const src = image.src
      if (image.fileToken || src === undefined || !shouldUpload(src)) {
        imageList.push({...image})
        continue
      }
      const key = sourceKey(source, src, options)
      let pending = cache.get(key)
      if (!pending) {
        pending = load(source, src, key, index, options)
        cache.set(key, pending)
      }
      try {
        const loaded = await pending
        const next: Image = {...image, fileToken: loaded.fileToken, width: loaded.width, height: loaded.height}
        if (loaded.url === undefined) delete next.src
        else next.src = loaded.url
        imageList.push(next)
      } catch (error) {
        const reason = (error as Error)?.message ?? String(error)
        const position = options.positions?.(src, index)
        failures.push({index, source: src, reason, position})
        const outcome = onError === 'drop' ? 'dropped' : onError === 'throw' ? 'not uploaded' : 'kept with its src only'
        report('image-upload', position, `image ${index} ${JSON.stringify(src)}: ${reason}; ${outcome}`)
        if (onError !== 'drop') imageList.push({...image})
      }
    }
    if (imageList.length > 0) blocks.push({type: 'gallery', gallery: {...block.gallery, imageList}})
  }

  if (onError === 'throw' && failures.length > 0) throw new ImageUploadError(failures)
  return {...content, blocks}
}

/** The image functions of a platform: they read local images with `source`. */
interface ImageFunctions {
  /**
   * Upload the images of `content` that need it and return a new tree where
   * each has its `fileToken`, `src` (the returned url), `width` and `height`
   * (README § Images).
   */
  resolveImages(content: Content, options: ResolveImagesOptions): Promise<Content>
  /** Convert Markdown, then upload its images with `resolveImages`. */
  markdownToContentAsync(markdown: string, options: MarkdownToContentOptions & ResolveImagesOptions): Promise<Content>
  /**
   * `progressRecordFromMarkdown` for Markdown with local or off-Feishu
   * images: the fields are checked first (nothing is uploaded for a request
   * that cannot be sent), then each distinct image is uploaded with `uploadImage`.
   */
  progressRecordFromMarkdownAsync(
    markdown: string,
    fields: ProgressRecordFields,
    options: MarkdownToContentOptions & ResolveImagesOptions & RequestUrlOptions
  ): Promise<ProgressRecordCreateRequest>
}

export function imageFunctions(source: ImageSource): ImageFunctions {
  const resolveImages = (content: Content, options: ResolveImagesOptions) => resolveImagesWith(source, content, options)
  return {
    resolveImages,
    async markdownToContentAsync(markdown, options) {
      return resolveImages(markdownToContent(markdown, options), options)
    },
    async progressRecordFromMarkdownAsync(markdown, fields, options) {
      progressRecordRequestFields(fields)
      return progressRecordFromContent(await resolveImages(markdownToContent(markdown, options), options), fields, options)
    }
  }
}

/** The identity of an image: `files:` entries, remote URLs and `data:` URLs as they are, the rest by the platform. */
function sourceKey(source: ImageSource, src: string, options: ResolveImagesOptions): string {
  if (fileOf(options, src)) return `files:${src}`
  if (/^data:/i.test(src) || /^https?:/i.test(src)) return src
  if (src.startsWith('//')) return `https:${src}`
  return source.key(src, options)
}

function fileOf(options: ResolveImagesOptions, src: string): Blob | undefined {
  const files = options.files
  if (!files) return undefined
  if (files instanceof Map) return files.get(src)
  return Object.hasOwn(files, src) ? (files as Record<string, Blob>)[src] : undefined
}

/** A path's own characters: without query or fragment, percent-decoded when it can be. */
export function decodePath(src: string): string {
  const bare = src.replace(/[?#].*$/, '')
  try {
    return decodeURIComponent(bare)
  } catch {
    return bare
  }
}

async function load(source: ImageSource, src: string, key: string, index: number, options: ResolveImagesOptions): Promise<Loaded> {
  const {bytes, name} = await read(source, src, key, index, options)
  let size: ReturnType<typeof imageSize>
  try {
    size = imageSize(bytes)
  } catch (error) {
    throw new Error(`not an image this library can measure (${(error as Error).message})`)
  }
  let {width, height} = size
  if (!width || !height) throw new Error('the image header gives no width and height')
  // EXIF orientations 5–8 turn the image a quarter: what is shown is height × width.
  if (size.orientation !== undefined && size.orientation >= 5) [width, height] = [height, width]
  const type = size.type ?? 'png'
  const mimeType = mimeTypes[type] ?? `image/${type}`
  const fileName = /\.[a-z\d]+$/i.test(name) ? name : `${name}.${type}`
  let result: UploadImageResult
  try {
    result = await options.uploadImage({bytes, fileName, mimeType, width, height, source: src})
  } catch (error) {
    throw new Error(`upload failed: ${(error as Error)?.message ?? String(error)}`)
  }
  if (!result || typeof result.fileToken !== 'string' || result.fileToken === '') {
    throw new Error('upload failed: uploadImage returned no fileToken')
  }
  return {fileToken: result.fileToken, url: result.url || undefined, width, height}
}

async function read(
  source: ImageSource,
  src: string,
  key: string,
  index: number,
  options: ResolveImagesOptions
): Promise<{bytes: Uint8Array; name: string}> {
  if (/^data:/i.test(src)) return {bytes: decodeDataUrl(src), name: `image-${index}`}
  const file = fileOf(options, src)
  if (file) {
    const name = (file as Partial<File>).name || decodePath(src.split('/').pop() ?? '') || `image-${index}`
    return {bytes: new Uint8Array(await file.arrayBuffer()), name}
  }
  if (/^https?:/i.test(key)) return download(key, options)
  return source.read(key, options)
}

/** Download an image with `options.fetch` (default: the global `fetch`). */
export async function download(url: string, options: ResolveImagesOptions): Promise<{bytes: Uint8Array; name: string}> {
  const fetch = options.fetch ?? (globalThis.fetch as unknown as FetchLike | undefined)
  if (!fetch) throw new Error('no fetch available to download the image')
  let response: Awaited<ReturnType<FetchLike>>
  try {
    response = await fetch(url)
  } catch (error) {
    throw new Error(`download failed: ${(error as Error)?.message ?? String(error)}`)
  }
  if (!response.ok) throw new Error(`download failed: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`)
  const segment = new URL(url).pathname.split('/').pop() ?? ''
  return {bytes: new Uint8Array(await response.arrayBuffer()), name: decodePath(segment) || 'image'}
}

/** The bytes of a `data:` URL (base64 or percent-encoded), with what every platform has (`atob`). */
function decodeDataUrl(src: string): Uint8Array {
  const comma = src.indexOf(',')
  if (comma < 0) throw new Error('malformed data: URL')
  const header = src.slice(0, comma)
  const payload = src.slice(comma + 1)
  let binary: string
  try {
    binary = /;base64$/i.test(header)
      ? atob(payload.replace(/\s+/g, ''))
      : payload.replace(/%([\da-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
  } catch {
    throw new Error('malformed data: URL')
  }
  return Uint8Array.from(binary, (character) => character.charCodeAt(0) & 0xff)
}
