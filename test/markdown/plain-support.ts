import {isSafeUrl} from '../../src/dialect/url.js'
import type {Root} from 'mdast'
import type {VFileMessage} from 'vfile-message'
import {normalizeContent} from '../../src/model/normalize.js'
import type {Content} from '../../src/model/types.js'

/**
 * What a reader of the plain flavor sees, which it keeps whatever it loses:
 * each paragraph's text (a mention as `@` + its name in `people`, else its
 * openId; a document link as its title, else its URL, line endings shown as
 * breaks) without the line breaks that end it, empty ones left out; each
 * image that has a URL.
 */
export function shownText(content: Content, people: Record<string, string> = {}): string[] {
  const shown: string[] = []
  for (const block of normalizeContent(content).blocks) {
    if (block.type === 'gallery') {
      // An image outside the URL policy is not written (rule `url`): it shows nothing.
      for (const image of block.gallery.imageList) if (image.src && isSafeUrl(image.src, 'image')) shown.push(`![](${image.src})`)
      continue
    }
    let text = ''
    for (const element of block.paragraph.elements) {
      text += element.type === 'textRun' ? element.textRun.text : element.type === 'person' ? '@' + (people[element.person.openId] ?? element.person.openId) : (element.docsLink.title ?? element.docsLink.url.replace(/\r\n?/g, '\n'))
    }
    text = text.replace(/\n+$/, '')
    if (text !== '') shown.push(text)
  }
  return shown
}

/** The values of the HTML nodes (`html`) in an mdast tree, in document order. */
export function htmlNodes(tree: Root): string[] {
  const found: string[] = []
  const stack: Array<{type: string; value?: unknown; children?: unknown[]}> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'html') found.push(String(node.value))
    if (node.children) stack.push(...(node.children as typeof stack).toReversed())
  }
  return found
}

/** `path rule-id` of a message of the Markdown writer: the path it names in the caller's tree. */
export function pathAndRule(message: VFileMessage): string {
  const path = /\((blocks\[\d+\][^:)]*)/.exec(message.reason)?.[1]
  return `${path ?? '?'} ${message.ruleId}`
}
