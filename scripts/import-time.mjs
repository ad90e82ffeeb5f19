#!/usr/bin/env node
// `node scripts/import-time.mjs [runs]`: how long importing each entry of the
// installed package takes, over a bare `node -e 0`. Whole processes, paired:
// each run starts a bare Node and then one that imports the entry
// (`node --input-type=module -e "import 'okr-content/…'"`) in the installed
// project; the figure is the median of the pairs' differences (and of each
// side). test/perf/import-time.test.ts asserts the budget with it.
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {installPackage, subpaths} from './installed.mjs'

/** Budget of every entry, in ms over bare Node. */
export const importBudget = 60

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function time(args, cwd) {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, {cwd, encoding: 'utf8'})
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`)
  return elapsed
}

/** The specifier of a subpath: `.` → `okr-content`, `./v2` → `okr-content/v2`. */
export const specifier = (subpath) => `okr-content${subpath.slice(1)}`

/** Median times (ms) of bare Node, of importing `subpath`, and of their paired differences. */
export function measureImport(project, subpath, runs = 15) {
  const args = ['--input-type=module', '-e', `import ${JSON.stringify(specifier(subpath))}`]
  // Once first, so that the files are in the page cache for every measured run.
  time(args, project)
  const bare = []
  const loaded = []
  for (let run = 0; run < runs; run++) {
    bare.push(time(['-e', '0'], project))
    loaded.push(time(args, project))
  }
  return {bare: median(bare), import: median(loaded), over: median(loaded.map((value, index) => value - bare[index]))}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 15)
  const installed = installPackage({peers: ['fast-check', 'unified', '@larksuiteoapi/node-sdk']})
  try {
    console.log(`node ${process.version}, ${runs} paired runs each, installed tarball in ${installed.project}`)
    console.log('| entry | bare `node -e 0` | with the import | over bare Node |\n| --- | ---: | ---: | ---: |')
    for (const subpath of subpaths()) {
      const {bare, import: loaded, over} = measureImport(installed.project, subpath, runs)
      console.log(`| \`${specifier(subpath)}\` | ${bare.toFixed(0)} ms | ${loaded.toFixed(0)} ms | **+${over.toFixed(0)} ms** |`)
    }
  } finally {
    installed.remove()
  }
}
