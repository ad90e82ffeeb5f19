export {markdownToContent, mdastToContent, parseMarkdown} from './from/index.js'
export type {MarkdownToContentOptions} from './from/index.js'
export {contentToMarkdown, contentToMdast} from './to/index.js'
export type {ContentToMarkdownOptions} from './to/index.js'
