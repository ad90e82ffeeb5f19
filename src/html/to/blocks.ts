import {wellFormed} from '../../model/normalize.js'
import type {Block, Image} from '../../model/types.js'
import {createInlineWriter, writeInline} from './phrasing.js'
import type {Tag} from './sink.js'
import {safeUrl, type WriterState} from './state.js'

/**
 * The blocks, in one pass over the flat `indentLevel` sequence: nested as
 * `nestBlocks` (src/model/lists.ts) nests them for Markdown (lists of items,
 * `<blockquote>` indent containers, empty ones bridging level jumps) and
 * numbered as `normalizeContent` numbers them, without building either tree.
 *
 * The open elements are a stack; `flows[d]` is the position in it of the
 * container (`<li>` or `<blockquote>`) at depth `d` (depth 0: the root).
 * Each open element is the last child of the one below it, so the element
 * right above a container is the one `nestBlocks` sees as its last child: a
 * list a new item continues, or an indent container a new `indent` paragraph
 * goes into. A list's opening tag waits for its last item (`start`,
 * `class="contains-task-list"`): the sink keeps its place.
 */

const LIST = 0
const ITEM = 1
const INDENT = 2

interface OpenList {
  ordered: boolean
  /** The number of the first item: `start`. */
  start: number
  /** The number of the last item, for the next one's `value`. */
  previous: number
  /** Whether an item is a task item. */
  task: boolean
  handle: number
}

export function writeBlocks(state: WriterState, blocks: Block[]): void {
  const sink = state.sink
  const inline = createInlineWriter(state)
  const kinds: number[] = []
  const lists: Array<OpenList | undefined> = []
  const flows: number[] = [-1]
  let depth = 0
  // `counters[level]`: the number shown by the last `number` item of that level.
  const counters: number[] = []

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    if (block.type === 'gallery') {
      if (counters.length > 0) counters.length = 0
      const images = block.gallery.imageList
      if (images.length === 0) continue
      close(state, kinds, lists, 0)
      depth = 0
      gallery(state, images, index)
      continue
    }
    const paragraph = block.paragraph
    const list = paragraph.style?.list
    if (!list) {
      if (counters.length > 0) counters.length = 0
      close(state, kinds, lists, 0)
      depth = 0
      sink.open(state.elements.paragraph)
      writeInline(inline, paragraph.elements, index)
      sink.close(state.elements.paragraph)
      continue
    }

    // Numbering, as `normalizeContent` does it.
    // Only shrinking `counters` matters (growing adds holes, read as none).
    const level = list.indentLevel
    if (counters.length > level + 1) counters.length = level + 1
    let number = 1
    if (list.type !== 'number') {
      if (counters.length > level) counters.length = level
    } else {
      number = list.number ?? (counters[level] ?? 0) + 1
      counters[level] = number
    }
    if (!Number.isInteger(level) || level < 1) throw new TypeError(`Invalid indentLevel: ${String(level)}`)

    // Nesting, as `nestBlocks` does it. The container the block goes in:
    // the one at depth `level - 1`, or empty indent containers down to it.
    if (depth + 1 >= level) {
      depth = level - 1
    } else {
      close(state, kinds, lists, flows[depth]! + 1)
      while (depth < level - 1) {
        sink.open(state.elements.indent)
        kinds.push(INDENT)
        lists.push(undefined)
        flows[++depth] = kinds.length - 1
      }
    }
    const above = flows[depth]! + 1
    const last = kinds.length > above ? kinds[above] : undefined

    if (list.type === 'indent') {
      if (last === INDENT) close(state, kinds, lists, above + 1)
      else {
        close(state, kinds, lists, above)
        sink.open(state.elements.indent)
        kinds.push(INDENT)
        lists.push(undefined)
      }
      flows[++depth] = above
      sink.open(state.elements.paragraph)
      writeInline(inline, paragraph.elements, index)
      sink.close(state.elements.paragraph)
      continue
    }

    const ordered = list.type === 'number'
    const task = list.type === 'checkBox' || list.type === 'checkedBox'
    let open = last === LIST && lists[above]!.ordered === ordered ? lists[above]! : undefined
    let value: number | undefined
    if (open) {
      close(state, kinds, lists, above + 1)
      if (ordered && number !== open.previous + 1) value = number
    } else {
      close(state, kinds, lists, above)
      open = {ordered, start: number, previous: number, task: false, handle: sink.openDeferred(ordered ? 'ol' : 'ul')}
      kinds.push(LIST)
      lists.push(open)
    }
    open.previous = number
    if (task) open.task = true
    sink.open(
      value === undefined
        ? task ? state.elements.taskItem : state.elements.item
        : sink.tag('li', {...(task ? state.elements.taskItemAttributes : state.elements.itemAttributes), value: String(value)})
    )
    if (task) sink.empty(list.type === 'checkedBox' ? state.elements.checkedBox : state.elements.checkbox)
    kinds.push(ITEM)
    lists.push(undefined)
    flows[++depth] = kinds.length - 1
    writeInline(inline, paragraph.elements, index)
  }
  close(state, kinds, lists, 0)
}

/** Close the open elements above `length` (a list gets its opening tag's attributes now). */
function close(state: WriterState, kinds: number[], lists: Array<OpenList | undefined>, length: number): void {
  const sink = state.sink
  while (kinds.length > length) {
    const kind = kinds.pop()
    const list = lists.pop()
    if (kind === LIST) {
      sink.closeDeferred(list!.handle, listTag(state, list!))
    } else sink.close(kind === ITEM ? state.elements.item : state.elements.indent)
  }
}

/** `<ol start>` (task items are never numbered), `<ul>`, `<ul class="contains-task-list">`. */
function listTag(state: WriterState, list: OpenList): Tag {
  if (!list.ordered) return list.task ? state.elements.taskList : state.elements.bulletList
  return list.start === 1 || Number.isNaN(list.start) ? state.elements.orderedList : state.sink.tag('ol', {start: String(list.start)})
}

/**
 * A gallery: a `<p>` holding only its images, `<img src alt="" width height
 * data-file-token>`. Without a URL to show, an image has its `fileToken`
 * only; outside the policy: its token, or nothing.
 */
function gallery(state: WriterState, images: Image[], block: number): void {
  const sink = state.sink
  sink.open(state.elements.gallery)
  for (let index = 0; index < images.length; index++) {
    const image = images[index]!
    const src = image.src ? safeUrl(state, wellFormed(image.src), 'image', block, 'gallery', index) : undefined
    if (src === undefined && !image.fileToken) continue
    const attributes: Record<string, string> = src === undefined ? {alt: ''} : {src, alt: ''}
    if (image.width !== undefined) attributes.width = String(image.width)
    if (image.height !== undefined) attributes.height = String(image.height)
    if (image.fileToken) attributes['data-file-token'] = String(image.fileToken)
    sink.empty(sink.tag('img', attributes))
  }
  sink.close(state.elements.gallery)
}
