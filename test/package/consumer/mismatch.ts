// Must NOT compile: proves that the checks of sdk.ts can fail. Each line
// below is one "not assignable" error (TS2322, or TS2375 under exactOptionalPropertyTypes).
import type {Client} from '@larksuiteoapi/node-sdk'
import type {ProgressRecordCreateRequest} from 'okr-content'

type CreatePayload = NonNullable<Parameters<Client['okr']['v1']['progressRecord']['create']>[0]>['data']
declare const body: Omit<ProgressRecordCreateRequest, 'target_type'> & {target_type: 'kr'}
export const data: CreatePayload = body
declare const table: {blocks: Array<{type: 'table'}>}
export const content: CreatePayload['content'] = table
