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
