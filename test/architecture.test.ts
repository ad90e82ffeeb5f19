import {cruise, type IConfiguration} from 'dependency-cruiser'
import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'

/**
 * The dependency rules of `.dependency-cruiser.cjs` (no import cycles; what
 * the published code imports, types included, is in `dependencies`; the
 * render-only entry reaches no parser), checked on `src/`.
 */
describe('architecture', () => {
  it('src/ breaks none of the dependency rules', async () => {
    const configuration = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as IConfiguration
    const result = await cruise(['src'], {...configuration.options, ruleSet: {forbidden: configuration.forbidden}, validate: true, outputType: 'err'})
    const output = typeof result.output === 'string' ? result.output : JSON.stringify(result.output)
    expect(result.exitCode, output).toBe(0)
  })

  // knip.json: the entries are the package's, the tests', the bench's and the scripts'.
  it('has no unused file, export or dependency (knip)', () => {
    const knip = join(dirname(createRequire(import.meta.url).resolve('knip')), '../bin/knip.js')
    const result = spawnSync(process.execPath, [knip, '--no-progress'], {encoding: 'utf8'})
    expect(result.status, result.stdout + result.stderr).toBe(0)
  })
})
