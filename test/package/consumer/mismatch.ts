// Must NOT compile: proves that the checks of sdk.ts and sdk-v2.ts can fail. Each line
// below is one "not assignable" error (TS2322, or TS2375 under exactOptionalPropertyTypes).
import type {Client} from '@larksuiteoapi/node-sdk'
import type {Content, ProgressRecordCreateRequest} from 'okr-content'
import type {ObjectiveCreateData} from 'okr-content/v2'

type CreatePayload = NonNullable<Parameters<Client['okr']['v1']['progressRecord']['create']>[0]>['data']
declare const body: Omit<ProgressRecordCreateRequest, 'target_type'> & {target_type: 'kr'}
export const data: CreatePayload = body
declare const table: {blocks: Array<{type: 'table'}>}
export const content: CreatePayload['content'] = table
// v2: a v1 tree is not a v2 objective's content; a weight must be a number.
type ObjectiveCreate = NonNullable<NonNullable<Parameters<Client['okr']['v2']['okrCycleObjective']['create']>[0]>['data']>
declare const v1: Content
export const v2Content: ObjectiveCreate['content'] = v1
declare const objective: Omit<ObjectiveCreateData, 'weight'> & {weight: string}
export const v2Data: ObjectiveCreate = objective
