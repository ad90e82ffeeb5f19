import {createReporter, type MessageOptions, type RuleId} from '../../messages.js'
import {normalizeContent} from '../../model/normalize.js'
import type {Block, Content, Element} from '../../model/types.js'

/** The rules of the plain flavor: what plain Markdown cannot say, and the URLs it does not write. */
export type PlainRule = Extract<RuleId, `plain-${string}`> | 'url' | 'read-back'

/**
 * A place in `normalizeContent(content)`, which the writer works on: a
 * block; an element of a paragraph, by the offset of one of its characters
 * in the paragraph's text (a mention or a document link counts as one
 * character); or an image of a gallery.
 */
export interface Place {
  block: number
  offset?: number | undefined
  image?: number | undefined
}

export interface Losses {
  report(rule: PlainRule, place: Place, excerpt?: string): void
  /** Send the losses reported so far to the caller, in document order. */
  flush(): void
}

/**
 * The plain flavor's losses, reported with their path in the caller's tree
 * (`blocks[2].paragraph.elements[1]`), as the HTML writer reports URLs.
 */
export function createLosses(content: Content, options: MessageOptions): Losses {
  const report = createReporter(options)
  if (!options.onMessage && !options.file) return {report() {}, flush() {}}
  const pathOf = callerPaths(content)
  let pending: Array<{rule: PlainRule; place: Place; excerpt: string | undefined}> = []
  return {
    report(rule, place, excerpt) {
      pending.push({rule, place, excerpt})
    },
    flush() {
      const losses = pending.sort((a, b) => a.place.block - b.place.block || position(a.place) - position(b.place))
      pending = []
      for (const {rule, place, excerpt} of losses) {
        const path = pathOf(place)
        report(rule, undefined, excerpt === undefined ? path : `${path}: ${JSON.stringify(excerpt.length > 40 ? excerpt.slice(0, 40) + '…' : excerpt)}`)
      }
    }
  }
}

function position(place: Place): number {
  return place.offset ?? place.image ?? -1
}

/**
 * The path in `content` of a place in `normalizeContent(content)`. Found by
 * asking `normalizeContent` itself, one block or element at a time, so that
 * its rules stay in one place: it drops galleries without images, maps the
 * images of a gallery one to one, and normalizes each element's text on its
 * own before it merges neighbouring runs (which keeps the sum of their
 * lengths). A property test holds it to that.
 */
export function callerPaths(content: Content): (place: Place) => string {
  let kept: number[] | undefined
  const ends = new Map<number, number[]>()
  return (place) => {
    kept ??= keptBlocks(content.blocks)
    const index = kept[place.block]!
    const path = `blocks[${index}]`
    if (place.image !== undefined) return `${path}.gallery.imageList[${place.image}]`
    const block = content.blocks[index]!
    if (place.offset === undefined || block.type !== 'paragraph') return path
    let elementEnds = ends.get(index)
    if (!elementEnds) ends.set(index, (elementEnds = textEnds(block.paragraph.elements)))
    const element = elementEnds.findIndex((end) => end > place.offset!)
    return `${path}.paragraph.elements[${element}]`
  }
}

/** The caller's index of each block `normalizeContent` keeps. */
function keptBlocks(blocks: Block[]): number[] {
  const kept: number[] = []
  blocks.forEach((block, index) => {
    if (normalizeContent({blocks: [block]}).blocks.length > 0) kept.push(index)
  })
  return kept
}

/** Where each element ends in the normalized paragraph's text. */
function textEnds(elements: Element[]): number[] {
  let end = 0
  return elements.map((element) => (end += normalizedLength(element)))
}

function normalizedLength(element: Element): number {
  if (element.type !== 'textRun') return 1
  const [block] = normalizeContent({blocks: [{type: 'paragraph', paragraph: {elements: [element]}}]}).blocks
  let length = 0
  for (const part of block!.type === 'paragraph' ? block!.paragraph.elements : []) {
    if (part.type === 'textRun') length += part.textRun.text.length
  }
  return length
}
