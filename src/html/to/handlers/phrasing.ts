import type {Element, ElementContent} from 'hast'
import type {Element as ContentElement, TextStyle} from '../../../model/types.js'
import {formatColor} from '../../../css.js'
import {element, type WriterState} from '../state.js'
import {docsLink} from './docs-link.js'
import {person} from './person.js'
import {text} from './text.js'

/** One open mark: what identifies it, and how to build its element. */
interface Mark {
  key: string
  build: () => Element
}

/**
 * The inline content of a paragraph. Marks nest in a fixed order, outermost
 * first: link `<a>`, colors `<span style>`, bold `<strong>`, strike `<del>`.
 * Like prosemirror-markdown, neighbouring runs share the marks they have in
 * common (only the difference is closed and opened), so the output stays
 * small: `<strong>a<del>b</del></strong>`.
 */
export function phrasing(state: WriterState, elements: ContentElement[], where: string): ElementContent[] {
  const root: ElementContent[] = []
  const open: Array<{key: string; node: Element}> = []

  for (let index = 0; index < elements.length; index++) {
    const item = elements[index]!
    const path = `${where}.elements[${index}]`
    if (item.type !== 'textRun') {
      open.length = 0
      root.push(...(item.type === 'docsLink' ? docsLink(state, item.docsLink, path) : person(state, item.person, path)))
      continue
    }
    const marks = textMarks(state, item.textRun.style, path)
    let shared = 0
    while (shared < open.length && shared < marks.length && open[shared]!.key === marks[shared]!.key) shared++
    open.length = shared
    for (const mark of marks.slice(shared)) {
      const node = mark.build()
      ;(open.at(-1)?.node.children ?? root).push(node)
      open.push({key: mark.key, node})
    }
    ;(open.at(-1)?.node.children ?? root).push(...text(item.textRun.text))
  }
  return root
}

function textMarks(state: WriterState, style: TextStyle | undefined, where: string): Mark[] {
  const marks: Mark[] = []
  if (!style) return marks
  if (style.link) {
    const href = state.safeUrl(style.link.url, 'link', where)
    if (href !== undefined) {
      // A link the reader would take for a document link stays a link.
      const marker = state.isDocsUrl(href) ? {dataDocsLink: 'false'} : {}
      marks.push({key: 'a' + href, build: () => element('a', {href, ...state.linkProperties, ...marker})})
    }
  }
  const colors: string[] = []
  if (style.textColor) colors.push(`color: ${formatColor(style.textColor)}`)
  if (style.backColor) colors.push(`background-color: ${formatColor(style.backColor)}`)
  if (colors.length > 0) {
    const css = colors.join('; ')
    marks.push({key: 'c' + css, build: () => element('span', {style: css})})
  }
  if (style.bold) marks.push({key: 'b', build: () => element('strong', {})})
  if (style.strikeThrough) marks.push({key: 's', build: () => element('del', {})})
  return marks
}
