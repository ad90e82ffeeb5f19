import type {ElementContent} from 'hast'
import type {NestedNode} from '../../../lists.js'
import {element, type WriterState} from '../state.js'
import {gallery} from './gallery.js'
import {list, type Nested} from './list.js'
import {paragraph} from './paragraph.js'

/** One handler per nested node type: a block, a list, an indent container. */
export function createNested(state: WriterState): Nested {
  const nested: Nested = (nodes) => {
    const result: ElementContent[] = []
    for (const node of nodes) {
      if (node.type === 'list') result.push(list(state, node, nested))
      else if (node.type === 'indent') result.push(indent(state, nested(node.children)))
      else if (node.type === 'block') {
        const where = `blocks[${state.blockIndex.get(node.block) ?? '?'}]`
        result.push(
          node.block.type === 'gallery'
            ? gallery(state, node.block.gallery, where)
            : paragraph(state, node.block.paragraph, where)
        )
      } else unknown(node)
    }
    return result
  }
  return nested
}

/** `indent` paragraphs and nesting fillers: a `<blockquote>` styled as plain indentation. */
function indent(state: WriterState, children: ElementContent[]): ElementContent {
  return element('blockquote', state.presentation('margin: 0 0 0 2em', 'indent'), children)
}

function unknown(node: never): never {
  throw new TypeError(`Unknown nested node: ${JSON.stringify(node)}`)
}
