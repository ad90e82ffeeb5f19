#!/usr/bin/env node
// `npm run size`: each entry of the package, as `npm pack` makes it and npm
// installs it (scripts/installed.mjs; build first), bundled for the browser as
// an application would (esbuild: bundle, minify, ESM, platform browser, so the
// `browser` export condition applies and a Node built-in fails the build); its
// min+gzip size (gzip level 9) against its budget, and what makes it up
// (esbuild's metafile, by package). test/bundle-size.test.ts checks the same
// in `npm test`.
import {gzipSync} from 'node:zlib'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {installPackage} from './installed.mjs'

/**
 * The package's browser entries; `budget` in bytes min+gzip (what each
 * measures now, rounded up to the KB: a change that grows one shows here),
 * `external`: peers not bundled. The main entry's goal is 64 KB (issue 21):
 * what is left above it is image-size (5 KB, for `resolveImages`) and
 * hastscript with property-information (7 KB, for `contentToHast`).
 */
export const entries = [
  {name: 'okr-content', budget: 92 * 1024},
  // 6 KB until the writer read the format table (model/format.ts, +0.5 KB); issue 21 wants 6 KB back.
  {name: 'okr-content/html', budget: 7 * 1024},
  {name: 'okr-content/arbitraries', budget: 3 * 1024, external: ['fast-check']},
  {name: 'okr-content/unified', budget: 66 * 1024, external: ['unified']},
  {name: 'okr-content/v2', budget: 77 * 1024}
]

/** Bundle one entry, from `project` where the package is installed: sizes, inputs, and bytes of minified output by package. */
export async function measure(entry, project) {
  const result = await build({
    stdin: {contents: `export * from ${JSON.stringify(entry.name)}`, resolveDir: project, loader: 'js'},
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
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:(dist\/(?:[^/]+\/)?))?/.exec(path)
      const origin = !match ? path : match[1] === 'okr-content' ? `okr-content/${match[2] ?? ''}` : match[1]
      byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + bytesInOutput)
    }
  }
  return {minified: code.length, gzip: gzipSync(code, {level: 9}).length, inputs: Object.keys(result.metafile.inputs), byOrigin}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const installed = installPackage()
  try {
    for (const entry of entries) {
      const size = await measure(entry, installed.project)
      const budget = entry.budget === undefined ? '' : ` (budget ${entry.budget} B: ${size.gzip <= entry.budget ? 'met' : `MISSED by ${size.gzip - entry.budget} B`})`
      if (entry.budget !== undefined && size.gzip > entry.budget) process.exitCode = 1
      console.log(`${entry.name}\n  minified ${size.minified} B, min+gzip ${size.gzip} B${budget}`)
      for (const [origin, bytes] of [...size.byOrigin].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
        console.log(`  ${String(bytes).padStart(8)} B  ${origin}`)
      }
    }
  } finally {
    installed.remove()
  }
}
