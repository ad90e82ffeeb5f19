import type {Handler} from './types.js'

/** `<br>`: a `\n` in the text (a trailing one shows nothing and is dropped). */
export const br: Handler = (state, node, context) => {
  state.lineBreak(context, node)
  return undefined
}
