#!/usr/bin/env node
// `npm run size`: the min+gzip size of the render-only entry, as a browser
// bundle (esbuild: bundle, minify, ESM, platform browser; gzip level 9), and
// what makes it up (esbuild's metafile, by package). The entry is
// `src/html/render.ts` (`okr-content/html`).
//
//   npm run size                  # report
//   SIZE_LIMIT=6144 npm run size  # also fail above the limit (bytes, min+gzip)
import {gzipSync} from 'node:zlib'
import {build} from 'esbuild'

const root = new URL('..', import.meta.url)
const limit = Number(process.env.SIZE_LIMIT ?? 6 * 1024)
const enforce = process.env.SIZE_LIMIT !== undefined

const entries = [{name: 'okr-content/html (src/html/render.ts)', stdin: `export * from './src/html/render.ts'`}]

let failed = false
for (const entry of entries) {
  const result = await build({
    stdin: {contents: entry.stdin, resolveDir: root.pathname, loader: 'ts', sourcefile: 'entry.ts'},
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error'
  })
  const code = result.outputFiles[0].contents
  const gzip = gzipSync(code, {level: 9}).length
  console.log(`${entry.name}\n  minified ${code.length} B, min+gzip ${gzip} B (${(gzip / 1024).toFixed(2)} KB)`)
  // Bytes of minified output by package (or by project directory).
  const byOrigin = new Map()
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, {bytesInOutput}] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
      const origin = match ? match[1] : path.replace(/^(src\/[^/]+(?:\/[^/]+)?).*$/, '$1')
      byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + bytesInOutput)
    }
  }
  for (const [origin, bytes] of [...byOrigin].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${String(bytes).padStart(8)} B  ${origin}`)
  }
  if (entries.indexOf(entry) === 0) {
    const met = gzip <= limit
    console.log(`  target ≤ ${limit} B min+gzip: ${met ? 'met' : `MISSED by ${gzip - limit} B`}`)
    if (enforce && !met) failed = true
  }
}
if (failed) process.exitCode = 1
