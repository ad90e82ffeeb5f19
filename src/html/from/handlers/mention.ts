import type {Person} from '../../../model/types.js'
import {stringProperty} from '../style.js'
import {unknown} from './unknown.js'
import type {Handler} from './types.js'

/**
 * A mention: any element with `data-open-id` (this library's
 * `<span class="okr-mention">`), or Feishu's `<at id>`, `<at user_id>`,
 * `<at open_id>`. Its text is display only and is not read.
 */
export const mention: Handler = (state, node, context) => {
  const openId =
    stringProperty(node, 'dataOpenId') ??
    (node.tagName === 'at'
      ? (stringProperty(node, 'open_id') ?? stringProperty(node, 'user_id') ?? stringProperty(node, 'id'))
      : undefined)
  if (!openId) return node.tagName === 'at' ? unknown(state, node, context) : {context}
  const person: Person = {openId}
  const userId = stringProperty(node, 'dataUserId')
  if (userId) person.userId = userId
  state.inline({type: 'person', person}, context, node)
  return undefined
}
