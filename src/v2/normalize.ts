import {normalizeContent} from '../model/normalize.js'
import {fromV2, toV2, type Crossing} from './adapt.js'
import type {ContentV2} from './types.js'

/** Mentions keep their ID as it is (under `open_id`, nothing of a v2 tree is lost or reported). */
const asIs: Crossing = {userIdType: 'open_id', report: () => {}}

/**
 * The canonical form of a v2 tree, which the round-trip laws compare:
 * `normalizeContent` (README § normalizeContent) of the same tree in v1
 * names. It returns a new tree and never mutates its input.
 */
export function normalizeContentV2(content: ContentV2): ContentV2 {
  return toV2(normalizeContent(fromV2(content, asIs)), asIs)
}
