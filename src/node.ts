/**
 * `okr-content` in Node (the `node` condition of the package's `exports`):
 * everything of `index.ts`, with image functions that read the images local
 * to a document from files (`images/node.ts`) instead of URLs.
 */
export * from './index.js'
export {resolveImages, markdownToContentAsync, progressRecordFromMarkdownAsync} from './feishu/images/node.js'
