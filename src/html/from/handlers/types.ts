import type {Element} from 'hast'
import type {Context, ReaderState} from '../state.js'

/** What a handler returns to read the element's children: their context, and what to do after them. */
export interface Visit {
  context: Context
  exit?: (() => void) | undefined
}

/**
 * One handler per tag (aliases in `handlers/index.ts`). It changes the state
 * on entering the element and returns how to read its children, or
 * `undefined` to skip them (their text never reaches the content).
 */
export type Handler = (state: ReaderState, node: Element, context: Context) => Visit | undefined
