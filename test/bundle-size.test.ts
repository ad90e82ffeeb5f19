import {describe, expect, it} from 'vitest'
// @ts-expect-error: a plain ES module script, without types.
import {entries, measure} from '../scripts/size.mjs'

interface Entry {
  name: string
  source: string
  budget?: number
}
interface Size {
  minified: number
  gzip: number
  inputs: string[]
}

/** Parsers and serializers that the render-only entry must not pull in. */
const parsers = /remark|micromark|mdast-util-from|parse5|hast-util-from|hast-util-to-html|hastscript|unified/

/**
 * Every entry bundles for the browser (no Node built-in), within its budget
 * (`npm run size` prints the same, with what makes each up).
 */
describe('browser bundles', () => {
  it.each((entries as Entry[]).map((entry) => [entry.name, entry]))('%s bundles for the browser, within its budget', async (_, entry) => {
    const size = (await measure(entry)) as Size
    console.log(`${entry.name}: minified ${size.minified} B, min+gzip ${size.gzip} B${entry.budget ? ` (budget ${entry.budget} B)` : ''}`)
    if (entry.budget !== undefined) expect(size.gzip).toBeLessThanOrEqual(entry.budget)
    if (entry.name === 'okr-content/html') expect(size.inputs.filter((input) => parsers.test(input))).toEqual([])
  })
})
