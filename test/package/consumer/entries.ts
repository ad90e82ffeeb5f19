// Every entry of the package, typed from its published declarations.
import fc from 'fast-check'
import {contentToHtml, markdownToContent, type Content, type ContentToHtmlOptions, type MarkdownToContentOptions} from 'okr-content'
import {content as arbitraryContent} from 'okr-content/arbitraries'
import {contentToHtml as render, type Block, type ContentToHtmlOptions as RenderOptions} from 'okr-content/html'
import {remarkOkrContent} from 'okr-content/unified'
import {markdownToContentV2, type ContentV2, type MarkdownToContentV2Options} from 'okr-content/v2'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const options: MarkdownToContentOptions = {docsLinks: undefined, maxNesting: 32, onMessage: (message) => console.warn(message.ruleId, message.place)}
const tree: Content = markdownToContent('**a**', options)
const htmlOptions: ContentToHtmlOptions & RenderOptions = {styles: 'classes', document: {title: undefined}, linkTarget: undefined}
export const same: boolean = render(tree, htmlOptions) === contentToHtml(tree, htmlOptions)
export const first: Block | undefined = tree.blocks[0]
export const sample: Content[] = fc.sample(arbitraryContent({maxBlocks: 3}), 1)
// `file.result` is typed by the CompileResultMap entry of okr-content/unified: no cast.
const file = await unified().use(remarkParse).use(remarkOkrContent, {maxNesting: 16}).process('**a**')
export const compiled: Content = file.result
const v2Options: MarkdownToContentV2Options = {docsLinks: /docx/, onMessage: undefined}
export const v2: ContentV2 = markdownToContentV2('**a**', v2Options)
