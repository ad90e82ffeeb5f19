import {parse} from 'parse5'
import type {Block, Content, Element} from '../../src/model/types.js'
import {isSafeUrl} from '../../src/dialect/url.js'
import {normalizeContent} from '../../src/model/normalize.js'

/** Runs per property: at least 1,000 by default (`FC_RUNS` to change). */
export const runs = Math.max(1, Number(process.env.FC_RUNS ?? 1000))

/**
 * The tree as the URL policy lets it through: what `contentToHtml` writes
 * and `htmlToContent` can give back. Links outside the policy lose their
 * link (text stays), docs links outside it become their title (or URL) as
 * plain text, image `src`s outside it are dropped (the image too, without a
 * `fileToken`). For trees within the policy it is the identity.
 */
export function withinUrlPolicy(tree: Content): Content {
  // The writer applies the policy to the normalized tree.
  const content = normalizeContent(tree)
  const blocks: Block[] = content.blocks.map((block) => {
    if (block.type === 'gallery') {
      const imageList = block.gallery.imageList
        .map((image) => (image.src === undefined || isSafeUrl(image.src, 'image') ? image : {...image, src: undefined}))
        .filter((image) => image.src || image.fileToken)
        .map((image) => Object.fromEntries(Object.entries(image).filter(([, value]) => value !== undefined)))
      return {type: 'gallery', gallery: {imageList}}
    }
    const elements: Element[] = block.paragraph.elements.map((element) => {
      if (element.type === 'docsLink' && !isSafeUrl(element.docsLink.url, 'link')) {
        return {type: 'textRun', textRun: {text: element.docsLink.title || element.docsLink.url}}
      }
      if (element.type === 'textRun' && element.textRun.style?.link && !isSafeUrl(element.textRun.style.link.url, 'link')) {
        const {link: _link, ...style} = element.textRun.style
        return {type: 'textRun', textRun: {text: element.textRun.text, style}}
      }
      return element
    })
    return {type: 'paragraph', paragraph: {...block.paragraph, elements}}
  })
  return {blocks}
}

/** Elements that can run script, load content or change the page: never in our output. */
export const forbiddenElements = new Set([
  'script', 'iframe', 'object', 'embed', 'svg', 'math', 'style', 'form', 'base', 'meta', 'link', 'frame', 'frameset',
  'applet', 'template', 'noscript', 'textarea', 'button', 'select', 'video', 'audio', 'source'
])

interface ParsedNode {
  nodeName: string
  tagName?: string
  attrs?: Array<{name: string; value: string}>
  childNodes?: ParsedNode[]
  content?: ParsedNode
}

/**
 * Every problem of an HTML output parsed again with parse5, the way a browser
 * would: script-capable elements, `on*` attributes, URLs outside the policy,
 * `style` attributes that could load or run something.
 */
export function securityProblems(html: string, allowed: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = []
  const stack: ParsedNode[] = [parse(html) as unknown as ParsedNode]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.tagName) {
      if (forbiddenElements.has(node.tagName) && !allowed.has(node.tagName)) problems.push(`element <${node.tagName}>`)
      for (const {name, value} of node.attrs ?? []) {
        if (name.startsWith('on')) problems.push(`attribute ${name} on <${node.tagName}>`)
        if (['srcdoc', 'formaction', 'action', 'xlink:href', 'background', 'poster', 'srcset'].includes(name)) {
          problems.push(`attribute ${name} on <${node.tagName}>`)
        }
        if (name === 'href' && !isSafeUrl(value, 'link')) problems.push(`href ${JSON.stringify(value)}`)
        if (name === 'src' && !isSafeUrl(value, 'image')) problems.push(`src ${JSON.stringify(value)}`)
        if (name === 'style' && /url\(|expression\(|javascript:|@import|behavior/i.test(value)) {
          problems.push(`style ${JSON.stringify(value)}`)
        }
      }
    }
    if (node.childNodes) stack.push(...node.childNodes)
    if (node.content) stack.push(node.content)
  }
  return problems
}
