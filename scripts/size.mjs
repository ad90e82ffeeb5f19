#!/usr/bin/env node
// `npm run size`: each entry of the package as a browser bundle (esbuild:
// bundle, minify, ESM, platform browser, so a Node built-in fails the build),
// its min+gzip size (gzip level 9) against its budget, and what makes it up
// (esbuild's metafile, by package). test/bundle-size.test.ts checks the same
// in `npm test`.
import {gzipSync} from 'node:zlib'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The package's entries, from source; `budget` in bytes min+gzip, `external`: peers not bundled. */
export const entries = [
  {name: 'okr-content', source: 'src/index.ts'},
  // 6 KB before the format table (model/format.ts, which the writer reads: +0.5 KB).
  {name: 'okr-content/html', source: 'src/html/render.ts', budget: 7 * 1024},
  {name: 'okr-content/arbitraries', source: 'src/arbitraries/index.ts', external: ['fast-check']},
  {name: 'okr-content/unified', source: 'src/unified/index.ts', external: ['unified']},
  {name: 'okr-content/v2', source: 'src/v2/index.ts'}
]

/** Bundle one entry for the browser: sizes, and bytes of minified output by package (or source folder). */
export async function measure(entry) {
  const result = await build({
    entryPoints: [`${root}/${entry.source}`],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: entry.external ?? [],
    write: false,
    metafile: true,
    logLevel: 'silent'
  })
  const code = result.outputFiles[0].contents
  const byOrigin = new Map()
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, {bytesInOutput}] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
      const origin = match ? match[1] : path.replace(/^(src\/[^/]+(?:\/[^/]+)?).*$/, '$1')
      byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + bytesInOutput)
    }
  }
  return {minified: code.length, gzip: gzipSync(code, {level: 9}).length, inputs: Object.keys(result.metafile.inputs), byOrigin}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const entry of entries) {
    const size = await measure(entry)
    const budget = entry.budget === undefined ? '' : ` (budget ${entry.budget} B: ${size.gzip <= entry.budget ? 'met' : `MISSED by ${size.gzip - entry.budget} B`})`
    if (entry.budget !== undefined && size.gzip > entry.budget) process.exitCode = 1
    console.log(`${entry.name} (${entry.source})\n  minified ${size.minified} B, min+gzip ${size.gzip} B${budget}`)
    for (const [origin, bytes] of [...size.byOrigin].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
      console.log(`  ${String(bytes).padStart(8)} B  ${origin}`)
    }
  }
}
