import type {Handler} from './types.js'

/** Elements whose content is not shown as text (script, style, template, svg…): skipped, silently. */
export const ignore: Handler = () => undefined
