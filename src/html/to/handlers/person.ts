import type {ElementContent, Properties} from 'hast'
import type {Person} from '../../../model/types.js'
import {personLabel} from '../../../person.js'
import {element, type WriterState} from '../state.js'
import {text} from './text.js'

/**
 * `<span class="okr-mention" data-open-id data-user-id>@Name</span>`, an `<a>`
 * when `resolvePerson` gives a profile URL inside the policy. The label is
 * display only: readers take the ids.
 */
export function person(state: WriterState, person: Person, where: string): ElementContent[] {
  const display = personLabel(person, state.options.resolvePerson)
  const properties: Properties = {className: [state.classPrefix + 'mention'], dataOpenId: person.openId}
  if (person.userId) properties.dataUserId = person.userId
  const label = text('@' + display.name)
  const href = display.href === undefined ? undefined : state.safeUrl(display.href, 'link', where)
  if (href !== undefined) return [element('a', {href, ...state.linkProperties, ...properties}, label)]
  return [element('span', properties, label)]
}
