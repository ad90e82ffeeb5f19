import {personFromAttributes} from '../../../dialect/mention.js'
import {stringProperty} from '../style.js'
import {unknown} from './unknown.js'
import type {Handler} from './types.js'

/**
 * A mention: any element with `data-open-id` (this library's
 * `<span class="okr-mention">`), or Feishu's `<at open_id>`, `<at id>`,
 * `<at user_id>`, read by the rules the Markdown reader shares
 * (`personFromAttributes`). Its text is display only and is not read.
 */
export const mention: Handler = (state, node, context) => {
  const person = personFromAttributes(node.tagName, (name) => stringProperty(node, propertyNames[name]))
  if (!person) return node.tagName === 'at' ? unknown(state, node, context) : {context}
  state.inline({type: 'person', person}, context, node)
  return undefined
}

/** hast property names of the attributes a mention is read from. */
const propertyNames = {
  'data-open-id': 'dataOpenId',
  'data-user-id': 'dataUserId',
  open_id: 'open_id',
  id: 'id',
  user_id: 'user_id'
} as const
