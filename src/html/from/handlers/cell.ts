import type {Element} from 'hast'
import type {Context, HtmlReaderState} from '../state.js'
import type {Visit} from './types.js'

/**
 * A block inside a table cell, where the row is one paragraph (rule `table`):
 * its start and end are boundaries, which show as line breaks in the row, as
 * the cell shows its lines (`<td><p>one</p><p>two</p></td>` reads as
 * `<td>one<br>two</td>` does, never as `onetwo`).
 */
export function cellBlock(state: HtmlReaderState, context: Context): Visit {
  // The boundary is where the element stands: in its parent's style, as a `<br>` there.
  state.cellBoundary(context.style)
  return {context, exit: () => state.cellBoundary(context.style)}
}

/** A list item's marker in a cell, as text on the item's line: `• `, or its number (`3. `, Word's `a)`). */
export function cellMarker(state: HtmlReaderState, marker: string, context: Context, node: Element): void {
  state.content(marker + ' ', {}, context, node)
  state.lineStart = true
}
