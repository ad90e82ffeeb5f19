import {spawnSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

// The compile-time checks are in sdk-types.check.ts (also covered by `npm run typecheck`).
// vitest does not type-check, so these tests run `tsc` itself: once on the checks (must
// pass), once on a deliberate mismatch (must fail), which proves the checks can fail.
const root = fileURLToPath(new URL('../..', import.meta.url))
const tsc = path.join(root, 'node_modules/typescript/bin/tsc')

function compile(project: string) {
  const result = spawnSync(process.execPath, [tsc, '-p', project], {cwd: root, encoding: 'utf8'})
  return {code: result.status, output: `${result.stdout}${result.stderr}`}
}

describe('types against @larksuiteoapi/node-sdk', () => {
  it('the create body, the content tree, the period bodies and the uploader wiring fit the SDK', () => {
    expect(compile('test/progress/sdk-types.tsconfig.json')).toEqual({code: 0, output: ''})
  })

  it('a body that diverges from the SDK does not compile', () => {
    const dir = path.join(root, 'node_modules/.cache/okr-content-sdk-types')
    mkdirSync(dir, {recursive: true})
    const rel = path.relative(dir, root).split(path.sep).join('/')
    writeFileSync(
      path.join(dir, 'mismatch.ts'),
      [
        `import type {Client} from '@larksuiteoapi/node-sdk'`,
        `import type {ProgressRecordCreateRequest} from '${rel}/src/progress/request.js'`,
        `type CreatePayload = NonNullable<Parameters<Client['okr']['v1']['progressRecord']['create']>[0]>['data']`,
        `declare const body: Omit<ProgressRecordCreateRequest, 'target_type'> & {target_type: 'kr'}`,
        `export const data: CreatePayload = body`,
        `declare const table: {blocks: Array<{type: 'table'}>}`,
        `export const content: CreatePayload['content'] = table`,
        ''
      ].join('\n')
    )
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({extends: `${rel}/tsconfig.json`, compilerOptions: {noEmit: true, rootDir: rel}, include: [], files: ['./mismatch.ts']})
    )
    const {code, output} = compile(path.join(dir, 'tsconfig.json'))
    expect(code).not.toBe(0)
    const errors = output.split('\n').filter((line) => line.includes('mismatch.ts('))
    expect(errors).toHaveLength(2)
    expect(errors.every((line) => line.includes('error TS2322'))).toBe(true)
  })
})
