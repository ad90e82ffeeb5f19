// okr-content/v2 against the official SDK's v2 declarations, compiled with
// the strictest options a consumer may use (tsconfig.json here). Nothing here runs.
import type {Client} from '@larksuiteoapi/node-sdk'
import type {Content} from 'okr-content'
import {
  contentFromV2,
  contentToV2,
  keyResultCreateFromMarkdown,
  keyResultPatchFromContent,
  markdownToContentV2,
  objectiveCreateFromMarkdown,
  objectivePatchFromContent,
  type ContentV2,
  type KeyResultCreateData,
  type KeyResultPatchData,
  type ObjectiveCreateData,
  type ObjectivePatchData
} from 'okr-content/v2'

type V2 = Client['okr']['v2']
type DataOf<Call extends (payload?: any) => unknown> = NonNullable<NonNullable<Parameters<Call>[0]>['data']>
type ObjectiveCreate = DataOf<V2['okrCycleObjective']['create']>
type ObjectivePatch = DataOf<V2['okrObjective']['patch']>
type KeyResultCreate = DataOf<V2['okrObjectiveKeyResult']['create']>
type KeyResultPatch = DataOf<V2['okrKeyResult']['patch']>

declare const tree: ContentV2
declare const objectiveCreate: ObjectiveCreateData
declare const objectivePatch: ObjectivePatchData
declare const keyResultCreate: KeyResultCreateData
declare const keyResultPatch: KeyResultPatchData
declare const client: Client

// Our tree is the `content` and `notes` of every call that writes rich text.
export const objectiveContent: ObjectiveCreate['content'] = tree
export const objectiveNotes: ObjectiveCreate['notes'] = tree
export const patchContent: ObjectivePatch['content'] = tree
export const patchNotes: ObjectivePatch['notes'] = tree
export const keyResultContent: KeyResultCreate['content'] = tree
export const keyResultPatchContent: KeyResultPatch['content'] = tree

// Our `data` types are the SDK's, and so is what the builders return.
export const a: ObjectiveCreate = objectiveCreate
export const b: ObjectivePatch = objectivePatch
export const c: KeyResultCreate = keyResultCreate
export const d: KeyResultPatch = keyResultPatch
export const built: ObjectiveCreate = objectiveCreateFromMarkdown({content: '**Grow** WAU', weight: 0.5})
export const sent = client.okr.v2.okrObjectiveKeyResult.create({
  path: {objective_id: '1'},
  params: {user_id_type: 'open_id'},
  data: keyResultCreateFromMarkdown({content: 'WAU ≥ 1M', deadline: new Date()})
})
export const fromV1: ObjectivePatch = objectivePatchFromContent({content: contentToV2({blocks: []} satisfies Content)})
export const krPatch: KeyResultPatch = keyResultPatchFromContent({content: markdownToContentV2('a')})

// What the SDK's reads resolve to goes into the readers as it is (no cast).
type Response<Call extends (...args: any[]) => Promise<unknown>> = Awaited<ReturnType<Call>>
declare const objective: Response<V2['okrObjective']['get']>
declare const keyResult: Response<V2['okrKeyResult']['get']>
declare const keyResults: Response<V2['okrObjectiveKeyResult']['list']>
declare const objectiveProgress: Response<V2['okrObjectiveProgress']['list']>
declare const keyResultProgress: Response<V2['okrKeyResultProgress']['list']>
declare const objectives: Response<V2['okrCycleObjective']['list']>

const o = objective.data?.objective
export const oContent: Content | undefined = o?.content && contentFromV2(o.content)
export const oNotes: Content | undefined = o?.notes && contentFromV2(o.notes, {userIdType: 'open_id'})
export const kContent = keyResult.data?.key_result?.content && contentFromV2(keyResult.data.key_result.content)
export const kList = keyResults.data?.items?.map((item) => item.content && contentFromV2(item.content))
export const oProgress = objectiveProgress.data?.items?.map((item) => item.content && contentFromV2(item.content))
export const kProgress = keyResultProgress.data?.items?.map((item) => item.content && contentFromV2(item.content))
export const cycle = objectives.data?.items?.map((item) => item.notes && contentFromV2(item.notes))

// Objective patch takes no weight (if the SDK adds one, this line fails: add it to the builder).
export const noPatchWeight: 'weight' extends keyof ObjectivePatch ? never : true = true
