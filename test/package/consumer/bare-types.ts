// Compiled in the bare project (production dependencies, fast-check and
// @types/node only): the published types of every entry that needs no
// optional peer resolve from `dependencies` alone (`./unified` needs unified,
// an optional peer; it is compiled in the other project).
import {content as arbitraryContent} from 'okr-content/arbitraries'
import {contentToHtml as render} from 'okr-content/html'
import {markdownToContent, type Content, type ContentToHtmlOptions} from 'okr-content'
import {sdkImageUploader} from 'okr-content/sdk'
import {contentToV2, type ContentV2} from 'okr-content/v2'
import type {Root} from 'mdast'

const content: Content = markdownToContent('**a**')
const options: ContentToHtmlOptions = {styles: 'inline'}
const html: string = render(content, options)
const v2: ContentV2 = contentToV2(content)
const tree: Root | undefined = undefined
export {arbitraryContent, html, sdkImageUploader, tree, v2}
