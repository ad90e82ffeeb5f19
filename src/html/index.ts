/** HTML ⇄ `content_block` (README § HTML has the options and mappings; ARCHITECTURE.md the data flow). */
export type {ContentToHtmlOptions, HtmlToContentOptions} from './options.js'
export {contentToHtml} from './to/write.js'
export {contentToHast} from './to/hast.js'
export {stylesheet, defaultCss} from './to/stylesheet.js'
export {htmlToContent, hastToContent} from './from/index.js'
