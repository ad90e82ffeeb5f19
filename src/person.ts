import type {Person} from './model/types.js'

/** How a writer shows a person: a display name, and a profile link (HTML). */
export interface PersonDisplay {
  name: string
  href?: string | undefined
}

/**
 * Option of the writers: look up how to show a mention. The tree holds only
 * ids; without this option a mention shows as `@` + its openId.
 */
export type ResolvePerson = (openId: string, person: Person) => PersonDisplay | undefined

export function personLabel(person: Person, resolve: ResolvePerson | undefined): PersonDisplay {
  return resolve?.(person.openId, person) ?? {name: person.openId}
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
