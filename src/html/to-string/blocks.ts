import type {Block, Image} from '../../model/types.js'
import {wellFormed} from '../../model/normalize.js'
import {escapeAttribute} from './escape.js'
import {createInlineWriter, writeInline} from './phrasing.js'
import {safeUrl, type StringState} from './state.js'

/**
 * The blocks, in one pass over the flat `indentLevel` sequence, nested
 * exactly as `nestBlocks` nests them (lists of items, `<blockquote>` indent
 * containers, empty containers bridging level jumps) and numbered as
 * `normalizeContent` numbers them, without building either tree.
 *
 * The open elements are a stack; `flows[d]` is the position in it of the
 * container (`<li>` or `<blockquote>`) at depth `d` (depth 0: the root).
 * Each open element is the last child of the one below it, so the element
 * right above a container is the one `nestBlocks` sees as its last child: a
 * list a new item continues, or an indent container a new `indent` paragraph
 * goes into.
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
  /** Whether an item is a task item: `class="contains-task-list"`. */
  task: boolean
  /** The slot of the opening tag in `state.parts`, filled when the list closes. */
  slot: number
}

export function writeBlocks(state: StringState, blocks: Block[]): void {
  const inline = createInlineWriter(state)
  const kinds: number[] = []
  const lists: Array<OpenList | undefined> = []
  const flows: number[] = [-1]
  let depth = 0
  // `counters[level]`: the number shown by the last `number` item of that level.
  const counters: number[] = []
  // The index of the block in the normalized tree (galleries without images are dropped).
  let index = 0

  const parts = state.parts
  for (const block of blocks) {
    if (block.type === 'gallery') {
      if (counters.length > 0) counters.length = 0
      const images = block.gallery.imageList
      if (images.length === 0) continue
      close(state, kinds, lists, 0)
      depth = 0
      gallery(state, images, index++)
      continue
    }
    const paragraph = block.paragraph
    const list = paragraph.style?.list
    if (!list) {
      if (counters.length > 0) counters.length = 0
      close(state, kinds, lists, 0)
      depth = 0
      state.out += state.paragraphOpen
      writeInline(inline, paragraph.elements, index++)
      state.out += '</p>'
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
        state.out += state.indentOpen
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
        state.out += state.indentOpen
        kinds.push(INDENT)
        lists.push(undefined)
      }
      flows[++depth] = above
      state.out += state.paragraphOpen
      writeInline(inline, paragraph.elements, index++)
      state.out += '</p>'
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
      // The opening tag waits for the list's last item: keep a slot for it.
      parts.push(state.out)
      state.out = ''
      open = {ordered, start: number, previous: number, task: false, slot: parts.length}
      parts.push('')
      kinds.push(LIST)
      lists.push(open)
    }
    open.previous = number
    if (task) open.task = true
    let item = '<li' + (task ? state.taskItemAttributes : state.itemAttributes)
    if (value !== undefined) item += ` value="${escapeAttribute(String(value))}"`
    item += '>'
    if (task) item += list.type === 'checkedBox' ? '<input type="checkbox" disabled checked>' : '<input type="checkbox" disabled>'
    state.out += item
    kinds.push(ITEM)
    lists.push(undefined)
    flows[++depth] = kinds.length - 1
    writeInline(inline, paragraph.elements, index++)
  }
  close(state, kinds, lists, 0)
}

/** Close the open elements above `length` (a list fills its opening tag's slot). */
function close(state: StringState, kinds: number[], lists: Array<OpenList | undefined>, length: number): void {
  while (kinds.length > length) {
    const kind = kinds.pop()
    if (kind === LIST) {
      const list = lists.pop()!
      let open = list.ordered ? '<ol' : '<ul'
      if (list.ordered && list.start !== 1 && !(typeof list.start === 'number' && Number.isNaN(list.start))) {
        open += ` start="${escapeAttribute(String(list.start))}"`
      }
      state.parts[list.slot] = open + (list.task ? ' class="contains-task-list">' : '>')
      state.out += list.ordered ? '</ol>' : '</ul>'
    } else {
      lists.pop()
      state.out += kind === ITEM ? '</li>' : '</blockquote>'
    }
  }
}

/** A gallery: a `<p>` holding only its images. */
function gallery(state: StringState, images: Image[], block: number): void {
  let out = state.galleryOpen
  for (let index = 0; index < images.length; index++) {
    const image = images[index]!
    // `<img src width height data-file-token alt="">`; without a URL to
    // show, its `fileToken` only; outside the policy: its token, or nothing.
    const src = image.src ? safeUrl(state, wellFormed(image.src), 'image', block, 'gallery', index) : undefined
    if (src === undefined && !image.fileToken) continue
    if (src !== undefined) out += `<img src="${escapeAttribute(src)}" alt=""`
    else out += '<img alt=""'
    if (image.width !== undefined) out += ` width="${escapeAttribute(String(image.width))}"`
    if (image.height !== undefined) out += ` height="${escapeAttribute(String(image.height))}"`
    if (image.fileToken) out += ` data-file-token="${escapeAttribute(String(image.fileToken))}"`
    out += '>'
  }
  state.out += out + '</p>'
}
