import {withStyle} from '../style.js'
import {block} from './block.js'
import type {Handler} from './types.js'

/** `<h1>`…`<h6>`: a bold paragraph (reported), as on the Markdown side. */
export const heading: Handler = (state, node, context) => {
  state.reportOnce('heading', node)
  const visit = block(state, node, context)!
  return {...visit, context: withStyle(visit.context, {bold: true})}
}
