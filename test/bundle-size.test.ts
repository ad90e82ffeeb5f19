import {afterAll, beforeAll, describe, expect, it} from 'vitest'
// @ts-expect-error: a plain ES module script, without types.
import {installPackage} from '../scripts/installed.mjs'
// @ts-expect-error: a plain ES module script, without types.
import {entries, measure} from '../scripts/size.mjs'

interface Entry {
  name: string
  budget?: number
}
interface Size {
  minified: number
  gzip: number
  inputs: string[]
}

/** Parsers and serializers that the render-only entry must not pull in. */
const parsers = /remark|micromark|mdast-util-from|parse5|hast-util-from|hast-util-to-html|hastscript|unified|html\/from\/|markdown\/from\//
/** What the platform has in a browser: the `browser` export condition ships none of it. */
const platform = /node_modules\/(?:parse5|entities)\//

let installed: {project: string; remove(): void}

// The package as `npm pack` makes it and npm installs it (`npm test` builds first).
beforeAll(() => {
  installed = installPackage({prefix: 'okr-content-size-'})
}, 180_000)

afterAll(() => installed?.remove())

/**
 * Every entry of the installed package bundles for the browser (no Node
 * built-in), within its budget (`npm run size` prints the same, with what
 * makes each up).
 */
describe('browser bundles of the installed package', () => {
  it.each((entries as Entry[]).map((entry) => [entry.name, entry]))('%s bundles for the browser, within its budget', async (_, entry) => {
    const size = (await measure(entry, installed.project)) as Size
    console.log(`${entry.name}: minified ${size.minified} B, min+gzip ${size.gzip} B${entry.budget ? ` (budget ${entry.budget} B)` : ''}`)
    expect(size.gzip).toBeLessThanOrEqual(entry.budget!)
    expect(size.inputs.filter((input) => platform.test(input))).toEqual([])
    // What is measured is the installed package's browser build.
    expect(size.inputs.some((input) => input.includes('node_modules/okr-content/dist/browser/'))).toBe(true)
    if (entry.name === 'okr-content/html') {
      expect(size.inputs.filter((input) => parsers.test(input.replace(/^.*node_modules\/okr-content\//, '')))).toEqual([])
    }
  })
})
