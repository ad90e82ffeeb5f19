import {isRelativeUrl, isSafeUrl} from '../dialect/url.js'
import {createReporterFor, rules, type MessageOptions} from '../messages.js'
import {treeIssues, type WireNames} from '../model/validate.js'
import type {RequestIssue} from './errors.js'
import type {FieldRule} from './request-fields.js'

const linkPolicy = 'must be inside the URL policy (http, https, mailto or relative)'
const imagePolicy = 'must be inside the URL policy (http, https, relative, or a data: URL of a raster image)'
const relativeRefused = "must be an absolute URL (relativeUrls: 'refuse'): the Feishu clients have no base to resolve a relative one against"

type Fields = Record<string, unknown>

/** How the request builders (v1 and v2) treat the relative URLs of a request's content. */
export interface RequestUrlOptions extends MessageOptions {
  /**
   * A relative URL has no base in the Feishu clients (it is a broken link
   * there). `'warn'` (default): each one is reported, rule `relative-url`,
   * with its path in the request; `'refuse'`: each one is an issue, and the
   * request is not built.
   */
  relativeUrls?: 'warn' | 'refuse' | undefined
}

/**
 * What the content of a create or patch request must hold, in either wire
 * shape (`names`: v1's camelCase or v2's snake_case) of a tree that
 * validates: every URL inside the URL policy (`isSafeUrl`, the one the
 * readers apply: colleagues open what is sent), every image on the web or
 * uploaded (a local path means nothing to Feishu; `upload` says how to
 * upload it), and each relative URL reported, or refused when
 * `options.relativeUrls` says so. Paths start at `path`, the content's
 * place in the request.
 */
export function requestUrlIssues(
  tree: {blocks: readonly unknown[]},
  names: WireNames,
  path: string,
  upload: string,
  options: RequestUrlOptions = {}
): RequestIssue[] {
  const issues: RequestIssue[] = []
  const report = createReporterFor(options, {'relative-url': rules['relative-url']})
  const refuse = options.relativeUrls === 'refuse'
  /** A URL inside the policy: relative ones reported or refused. */
  const check = (url: string, urlPath: string) => {
    if (!isRelativeUrl(url)) return
    if (refuse) issues.push({path: urlPath, message: relativeRefused})
    else report('relative-url', undefined, `${urlPath}: ${JSON.stringify(url)}`)
  }
  tree.blocks.forEach((value, blockIndex) => {
    const block = value as Fields
    const blockPath = `${path}.blocks[${blockIndex}]`
    if (block[names.blockType] === 'gallery') {
      ;((block.gallery as Fields)[names.imageList] as Fields[]).forEach((image, imageIndex) => {
        const src = image.src as string | undefined
        if (src === undefined) return
        const imagePath = `${blockPath}.gallery.${names.imageList}[${imageIndex}].src`
        if (!isSafeUrl(src, 'image')) issues.push({path: imagePath, message: imagePolicy})
        else if (!image[names.fileToken] && !/^https?:\/\//i.test(src)) {
          issues.push({path: imagePath, message: `must be an http(s) URL, or the image must have a ${names.fileToken} (${upload})`})
        } else check(src, imagePath)
      })
      return
    }
    ;((block.paragraph as Fields).elements as Fields[]).forEach((element, elementIndex) => {
      const elementPath = `${blockPath}.paragraph.elements[${elementIndex}]`
      const kind = element[names.elementType]
      if (kind === 'docsLink') {
        const url = (element[names.docsLink] as Fields).url as string
        const urlPath = `${elementPath}.${names.docsLink}.url`
        if (!isSafeUrl(url, 'link')) issues.push({path: urlPath, message: linkPolicy})
        else check(url, urlPath)
      } else if (kind === 'textRun') {
        const link = ((element[names.textRun] as Fields).style as Fields | undefined)?.link as Fields | undefined
        if (!link) return
        const urlPath = `${elementPath}.${names.textRun}.style.link.url`
        if (!isSafeUrl(link.url as string, 'link')) issues.push({path: urlPath, message: linkPolicy})
        else check(link.url as string, urlPath)
      }
    })
  })
  return issues
}

/**
 * The rule of a rich text field holding a tree, v1 or v2 (`names`): the tree
 * validates (issues under the field's path), then {@link requestUrlIssues};
 * `toWire` gives the copy that is sent; `options` say what becomes of
 * relative URLs.
 */
export function treeRule(
  names: WireNames,
  upload: string,
  toWire: (tree: never) => unknown = (tree) => tree,
  options?: RequestUrlOptions
): FieldRule {
  return (value, path, issues) => {
    const found = treeIssues(value, names)
    for (const issue of found) issues.push({path: issue.path ? `${path}.${issue.path}` : path, message: issue.message})
    if (found.length > 0) return undefined
    issues.push(...requestUrlIssues(value as {blocks: unknown[]}, names, path, upload, options))
    return toWire(value as never)
  }
}
