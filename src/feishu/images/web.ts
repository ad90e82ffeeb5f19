/**
 * The image functions in browsers (and any runtime without a file system):
 * an image local to the document is a URL relative to `options.baseUrl`
 * (default: the page's), or a `blob:` URL (`URL.createObjectURL(file)`),
 * downloaded with `fetch`; `options.files` gives images by name (a `File`
 * from an `<input>` or a paste). Node gets `images/node.ts`.
 */
import {download, imageFunctions, type ImageSource} from './resolve.js'

const webSource: ImageSource = {
  key(src, options) {
    const base = options.baseUrl ?? (globalThis as {location?: {href: string}}).location?.href
    try {
      return new URL(src, base).href
    } catch {
      return src
    }
  },
  async read(key, options) {
    if (!/^[a-z][a-z\d+.-]*:/i.test(key)) throw new Error('a relative URL, and no baseUrl to resolve it against')
    return download(key, options)
  }
}

export const {resolveImages, markdownToContentAsync, progressRecordFromMarkdownAsync} = imageFunctions(webSource)
