/**
 * The image functions in Node: an image local to the document is a file,
 * read with `fs.promises.readFile` (or `options.readFile`) from a path
 * relative to `options.baseDir` (default: the working directory), or a
 * `file:` URL. `okr-content` gives these in Node (the `node` export
 * condition, `src/node.ts`); browsers get `images/web.ts`.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {decodePath, download, imageFunctions, type ImageSource} from './resolve.js'

const nodeSource: ImageSource = {
  key(src, options) {
    if (/^file:/i.test(src)) return `file:${safeFilePath(src) ?? src}`
    // Another scheme (`blob:`…) is read as a URL; a drive letter is a path.
    if (/^[a-z][a-z\d+.-]*:/i.test(src) && !/^[a-z]:[\\/]/i.test(src)) return src
    return `file:${path.resolve(options.baseDir ?? process.cwd(), decodePath(src))}`
  },
  async read(key, options) {
    if (!key.startsWith('file:')) return download(key, options)
    const file = key.slice('file:'.length)
    try {
      return {bytes: new Uint8Array(await (options.readFile ?? readFile)(file)), name: path.basename(file)}
    } catch (error) {
      const code = (error as NodeJS.ErrnoException)?.code
      throw new Error(`cannot read ${file}${code === 'ENOENT' ? ': no such file' : `: ${(error as Error)?.message}`}`)
    }
  }
}

function safeFilePath(src: string): string | undefined {
  try {
    return fileURLToPath(src)
  } catch {
    return undefined
  }
}

export const {resolveImages, markdownToContentAsync, progressRecordFromMarkdownAsync} = imageFunctions(nodeSource)
