import {markdownToContentAsync, type ResolveImagesOptions} from '../images/index.js'
import type {MarkdownToContentOptions} from '../markdown/index.js'
import {
  progressRecordFromContent,
  progressRecordRequestFields,
  type ProgressRecordCreateRequest,
  type ProgressRecordFields
} from './request.js'

/**
 * {@link progressRecordFromMarkdown} for Markdown with local or off-Feishu
 * images: the fields are checked first (nothing is uploaded for a request that
 * cannot be sent), then each distinct image is uploaded with `uploadImage`.
 */
export async function progressRecordFromMarkdownAsync(
  markdown: string,
  fields: ProgressRecordFields,
  options: MarkdownToContentOptions & ResolveImagesOptions
): Promise<ProgressRecordCreateRequest> {
  progressRecordRequestFields(fields)
  return progressRecordFromContent(await markdownToContentAsync(markdown, options), fields)
}
