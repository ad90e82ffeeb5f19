import type {Person} from '../../model/types.js'
import {openTag} from './html-tag.js'

/**
 * Person mentions: `<at id="ou_…" data-user-id="…">@label</at>`. Ordinary
 * viewers show the label. Reading also takes Feishu's own forms,
 * `<at id="ou_…"></at>` and `<at user_id="ou_…">name</at>` (where Feishu's
 * `user_id` holds the open id), and any element with `data-open-id` (the HTML
 * writer's mention). The label is display only: it is not content.
 */
export function mentionOpen(person: Person): string {
  return openTag('at', {id: person.openId, 'data-user-id': person.userId})
}

export const mentionClose = '</at>'

export function personFromAttributes(name: string, attributes: Record<string, string>): Person | undefined {
  const openId =
    attributes['data-open-id'] ||
    (name === 'at' ? attributes.id || attributes.user_id || attributes.open_id : undefined)
  if (!openId) return undefined
  const userId = attributes['data-user-id']
  return userId ? {openId, userId} : {openId}
}
