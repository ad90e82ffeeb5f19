import type {Person} from '../../model/types.js'
import {openTag} from './html-tag.js'

/**
 * Person mentions: `<at id="ou_…" data-user-id="…">@label</at>`. Ordinary
 * viewers show the label. Reading (`personFromAttributes`, shared with the
 * HTML reader) also takes Feishu's own forms, `<at id="ou_…"></at>`,
 * `<at open_id>` and `<at user_id="ou_…">name</at>`, and any element with
 * `data-open-id` (the HTML writer's mention). The label is display only: it
 * is not content.
 */
export function mentionOpen(person: Person): string {
  return openTag('at', {id: person.openId, 'data-user-id': person.userId})
}

export const mentionClose = '</at>'
