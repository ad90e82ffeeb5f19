import type {Element} from 'hast'
import type {Visit as ReadVisit} from '../../../read/walk.js'
import type {Context, HtmlReaderState} from '../state.js'

/** How to read an element's children: their context (always said), and what to do after them. */
export type Visit = ReadVisit<Context> & {context: Context}

/**
 * One handler per tag (aliases in `handlers/index.ts`). It changes the state
 * on entering the element and returns how to read its children, or
 * `undefined` to skip them (their text never reaches the content).
 */
export type Handler = (state: HtmlReaderState, node: Element, context: Context) => Visit | undefined
