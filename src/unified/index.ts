/**
 * `okr-content/unified`: the converters as unified plugins, so that remark
 * and rehype pipelines (with their own plugins before or after) read into
 * and write from the `content_block` tree.
 *
 * - `remarkOkrContent`: a compiler, mdast → `Content` (`file.result`);
 * - `rehypeOkrContent`: a compiler, hast → `Content`;
 * - `remarkParseOkrContent`, `rehypeParseOkrContent`: parsers, `Content`
 *   (JSON text) → mdast or hast, for pipelines that end in remark-stringify
 *   or rehype-stringify.
 *
 * Losses are `file.messages`, with positions (vfile-message), as every
 * remark and rehype plugin reports them.
 */
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {hastToContent} from '../html/from/index.js'
import type {ContentToHtmlOptions, HtmlToContentOptions} from '../html/options.js'
import {contentToHast} from '../html/to/hast.js'
import {mdastToContent, type MarkdownToContentOptions} from '../markdown/from/index.js'
import {contentToMdast, type ContentToMarkdownOptions} from '../markdown/to/index.js'
import type {Content} from '../model/types.js'
import {contentIssues} from '../model/validate.js'

/** Options of the compilers: a converter's options, less where messages go (the file). */
export type RemarkOkrContentOptions = Omit<MarkdownToContentOptions, 'file' | 'onMessage'>
export type RehypeOkrContentOptions = Omit<HtmlToContentOptions, 'file' | 'onMessage'>
export type RemarkParseOkrContentOptions = Omit<ContentToMarkdownOptions, 'file' | 'onMessage'>
export type RehypeParseOkrContentOptions = Omit<ContentToHtmlOptions, 'file' | 'onMessage' | 'document'>

declare module 'unified' {
  interface CompileResultMap {
    /** What `remarkOkrContent` and `rehypeOkrContent` compile to. */
    Content: Content
  }
}

/** Compile mdast (remark-parse, remark-gfm and any plugins) to a `content_block` tree: `file.result`. */
export const remarkOkrContent: Plugin<[RemarkOkrContentOptions?], MdastRoot, Content> = function (options) {
  const self = this as unknown as Processor<undefined, undefined, undefined, MdastRoot, Content>
  self.compiler = (tree, file) => mdastToContent(tree as MdastRoot, {...options, file})
}

/** Compile hast (rehype-parse and any plugins) to a `content_block` tree: `file.result`. */
export const rehypeOkrContent: Plugin<[RehypeOkrContentOptions?], HastRoot, Content> = function (options) {
  const self = this as unknown as Processor<undefined, undefined, undefined, HastRoot, Content>
  self.compiler = (tree, file) => hastToContent(tree as HastRoot, {...options, file})
}

/** Parse a `content_block` tree (JSON: the tree, `{content}`, or an API response's `data.content`) into mdast. */
export const remarkParseOkrContent: Plugin<[RemarkParseOkrContentOptions?], string, MdastRoot> = function (options) {
  const self = this as unknown as Processor<MdastRoot>
  self.parser = (document, file) => contentToMdast(readContent(document, file), {...options, file})
}

/** Parse a `content_block` tree (JSON, as `remarkParseOkrContent` reads it) into hast. */
export const rehypeParseOkrContent: Plugin<[RehypeParseOkrContentOptions?], string, HastRoot> = function (options) {
  const self = this as unknown as Processor<HastRoot>
  self.parser = (document, file) => contentToHast(readContent(document, file), {...options, file})
}

/** The tree in a JSON document, or a fatal message on the file (`unified` rejects with it). */
function readContent(document: string, file: VFile): Content {
  let value: unknown
  try {
    value = JSON.parse(document)
  } catch (error) {
    file.fail(`Cannot parse content_block JSON: ${(error as Error).message}`, {ruleId: 'json', source: 'okr-content'})
  }
  for (const key of ['data', 'content']) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && key in value && !('blocks' in value)) {
      value = (value as Record<string, unknown>)[key]
    }
  }
  const issues = contentIssues(value)
  if (issues.length > 0) {
    const [first] = issues
    file.fail(`Invalid content_block tree: ${first!.path ? `${first!.path}: ` : ''}${first!.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`, {
      ruleId: 'content',
      source: 'okr-content'
    })
  }
  return value as Content
}
