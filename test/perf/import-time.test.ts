import {afterAll, beforeAll, describe, expect, it} from 'vitest'
// @ts-expect-error: a plain ES module script, without types.
import {importBudget, measureImport, specifier} from '../../scripts/import-time.mjs'
// @ts-expect-error: a plain ES module script, without types.
import {installPackage, subpaths} from '../../scripts/installed.mjs'

/**
 * What a script, a serverless function or a bot waits for before it converts
 * anything: importing each entry of the package as `npm pack` makes it and
 * npm installs it (with the optional peers), in whole Node processes, paired
 * against a bare `node -e 0` (median of 11 pairs' differences). Run after
 * `npm run build`. `node scripts/import-time.mjs` prints the table of README
 * § Performance.
 */
let installed: {project: string; remove(): void}

beforeAll(() => {
  installed = installPackage({peers: ['fast-check', 'unified', '@larksuiteoapi/node-sdk'], prefix: 'okr-content-import-'})
}, 180_000)

afterAll(() => installed?.remove())

// Like the other timing groups (`timing.ts`), each check is tried up to three
// times; `npm run test:perf` runs this file first, on its own
// (vitest.perf.config.ts).
describe(`importing the installed package takes at most ${importBudget} ms over bare Node`, {retry: 2}, () => {
  it.each((subpaths() as string[]).map((subpath) => [specifier(subpath), subpath]))('%s', (_, subpath) => {
    const time = measureImport(installed.project, subpath, 11) as {bare: number; import: number; over: number}
    console.log(`${specifier(subpath)}: +${time.over.toFixed(0)} ms over bare Node (${time.import.toFixed(0)} ms vs ${time.bare.toFixed(0)} ms)`)
    expect(time.over).toBeLessThanOrEqual(importBudget)
  })
})
