import {cruise, type IConfiguration} from 'dependency-cruiser'
import {createRequire} from 'node:module'
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
})
