/**
 * A tree as far as `collectPeople` reads it: loosely, so that what the SDK
 * declares it returns (every field optional) is accepted as it is.
 */
export interface MentionTree {
  blocks?:
    | ReadonlyArray<
        | {
            type?: string | undefined
            paragraph?:
              | {elements?: ReadonlyArray<{type?: string | undefined; person?: {openId?: string | undefined; userId?: string | undefined} | undefined} | null | undefined> | undefined}
              | undefined
          }
        | null
        | undefined
      >
    | undefined
}

/** What `collectPeople` reads: a tree, a record or create body (`{content}`), or an API response (`{data: {content}}`). */
export type PeopleSource =
  | MentionTree
  | {content?: MentionTree | undefined}
  | {data?: {content?: MentionTree | undefined} | null | undefined}
  | null
  | undefined

/** The ids of the people some content mentions. */
export interface CollectedPeople {
  /** Every mentioned openId, once, in the order of first mention. */
  openIds: string[]
  /** Every `userId` that fetched records carry, once, in order. */
  userIds: string[]
}

/**
 * The ids of the people mentioned in a tree, a record, or many (any iterable
 * of them): look their names up in one batch (e.g. the SDK's contact API),
 * then render every record with `people`. What is not a tree is skipped.
 */
export function collectPeople(sources: PeopleSource | Iterable<PeopleSource>): CollectedPeople {
  const openIds = new Set<string>()
  const userIds = new Set<string>()
  const list = isIterable(sources) ? sources : [sources]
  for (const source of list) {
    const content = contentOf(source)
    for (const block of Array.isArray(content?.blocks) ? content.blocks : []) {
      const elements = block?.type === 'paragraph' ? block.paragraph?.elements : undefined
      for (const element of Array.isArray(elements) ? elements : []) {
        if (element?.type !== 'person') continue
        const {openId, userId} = element.person ?? {}
        if (typeof openId === 'string' && openId !== '') openIds.add(openId)
        if (typeof userId === 'string' && userId !== '') userIds.add(userId)
      }
    }
  }
  return {openIds: [...openIds], userIds: [...userIds]}
}

function isIterable(value: unknown): value is Iterable<PeopleSource> {
  return typeof value === 'object' && value !== null && Symbol.iterator in value
}

function contentOf(source: PeopleSource): MentionTree | undefined {
  if (typeof source !== 'object' || source === null) return undefined
  if ('blocks' in source) return source as MentionTree
  if ('content' in source) return source.content
  if ('data' in source) return source.data?.content ?? undefined
  return undefined
}
