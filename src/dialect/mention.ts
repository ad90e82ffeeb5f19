/**
 * Person mentions, both formats, both directions: how a writer labels one
 * (`people`, `resolvePerson`), how the Markdown dialect writes one (`<at>`),
 * and which elements the readers take for one (`personFromAttributes`).
 */
import type {Person} from '../model/types.js'
import {openTag} from './html-tag.js'

/**
 * How a writer shows a person: a display name, and a profile link (HTML).
 * The Markdown reader takes the same value the other way (`people`: `@` +
 * the name, an alias or the e-mail address is a mention, `mention-names.ts`).
 */
export interface PersonDisplay {
  name: string
  href?: string | undefined
  /** Reading: other names `@` may be followed by (a nickname, the English name). */
  aliases?: readonly string[] | undefined
  /** Reading: the e-mail address `@` may be followed by. */
  email?: string | undefined
}

/**
 * Option of the writers: look up how to show a mention. The tree holds only
 * ids; without this option (or `people`) a mention shows as `@` + its openId.
 */
export type ResolvePerson = (openId: string, person: Person) => PersonDisplay | undefined

/**
 * Option of the writers: the people of a document, looked up beforehand in
 * one batch (`collectPeople` gives the ids): by openId or userId, a name or
 * a `{name, href}`.
 */
export type People = ReadonlyMap<string, string | PersonDisplay> | Readonly<Record<string, string | PersonDisplay>>

/** The options of a writer that name people. */
export interface PersonOptions {
  /** How a mention shows, by id (looked up first). */
  people?: People | undefined
  /** How a mention shows, asked for each mention `people` does not name. */
  resolvePerson?: ResolvePerson | undefined
}

/**
 * How to show a mention: `people` by openId then userId, then
 * `resolvePerson`, else the openId.
 */
export function personLabel(person: Person, options: PersonOptions | undefined): PersonDisplay {
  const people = options?.people
  if (people) {
    for (const id of [person.openId, person.userId]) {
      if (!id) continue
      const found = people instanceof Map ? people.get(id) : Object.hasOwn(people, id) ? (people as Record<string, string | PersonDisplay>)[id] : undefined
      if (found !== undefined) return typeof found === 'string' ? {name: found} : found
    }
  }
  return options?.resolvePerson?.(person.openId, person) ?? {name: person.openId}
}

/**
 * The person a mention element names, by the same rules in both readers: any
 * element with `data-open-id` (the writers' mentions), or an `<at>` with
 * `open_id`, `id` (the Markdown writer's, and Feishu's `<at id>`) or
 * `user_id` (Feishu's message form, which may hold either kind of id), in
 * that order: the attribute that says most exactly that it holds an open id
 * wins. Empty values count as absent. `data-user-id` gives the userId.
 */
export function personFromAttributes(
  tagName: string,
  attribute: (name: 'data-open-id' | 'data-user-id' | 'open_id' | 'id' | 'user_id') => string | undefined
): Person | undefined {
  const openId =
    attribute('data-open-id') ||
    (tagName === 'at' ? attribute('open_id') || attribute('id') || attribute('user_id') : undefined)
  if (!openId) return undefined
  const userId = attribute('data-user-id')
  return userId ? {openId, userId} : {openId}
}

/**
 * Markdown: `<at id="ou_…" data-user-id="…">@label</at>`. Ordinary
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

/** HTML: the ids of a mention element (`personFromAttributes` reads them back). */
export function mentionIdAttributes(person: Person, attributes: Record<string, string>): Record<string, string> {
  if (person.openId !== undefined && person.openId !== null) attributes['data-open-id'] = String(person.openId)
  if (person.userId) attributes['data-user-id'] = String(person.userId)
  return attributes
}
