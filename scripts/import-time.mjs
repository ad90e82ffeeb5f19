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

/** The CPU time of the process (all its threads, ms), printed as it exits. */
const reportCpu = "process.on('exit',()=>{const u=process.cpuUsage();process.stdout.write(String((u.user+u.system)/1e3))})"

/** Wall-clock and CPU time (ms) of one Node process. */
function time(args, cwd) {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, {cwd, encoding: 'utf8'})
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`)
  return {wall: elapsed, cpu: Number(result.stdout)}
}

/** The specifier of a subpath: `.` → `okr-content`, `./v2` → `okr-content/v2`. */
export const specifier = (subpath) => `okr-content${subpath.slice(1)}`

/**
 * Median times (ms) of bare Node, of importing `subpath`, and of their paired
 * differences (`over`); `cpuOver`: the same difference in CPU time, which
 * other processes on the machine disturb less than the wall clock. The bare
 * process is `node -e 0` with the few characters that print its CPU time.
 */
export function measureImport(project, subpath, runs = 15) {
  const args = ['--input-type=module', '-e', `import ${JSON.stringify(specifier(subpath))};${reportCpu}`]
  // Once first, so that the files are in the page cache for every measured run.
  time(args, project)
  const bare = []
  const loaded = []
  for (let run = 0; run < runs; run++) {
    bare.push(time(['-e', `0;${reportCpu}`], project))
    loaded.push(time(args, project))
  }
  return {
    bare: median(bare.map((run) => run.wall)),
    import: median(loaded.map((run) => run.wall)),
    over: median(loaded.map((run, index) => run.wall - bare[index].wall)),
    cpuOver: median(loaded.map((run, index) => run.cpu - bare[index].cpu))
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 15)
  const installed = installPackage({peers: ['fast-check', 'unified', '@larksuiteoapi/node-sdk']})
  try {
    console.log(`node ${process.version}, ${runs} paired runs each, installed tarball in ${installed.project}`)
    console.log('| entry | bare `node -e 0` | with the import | over bare Node | CPU time over bare Node |\n| --- | ---: | ---: | ---: | ---: |')
    for (const subpath of subpaths()) {
      const {bare, import: loaded, over, cpuOver} = measureImport(installed.project, subpath, runs)
      console.log(`| \`${specifier(subpath)}\` | ${bare.toFixed(0)} ms | ${loaded.toFixed(0)} ms | **+${over.toFixed(0)} ms** | +${cpuOver.toFixed(0)} ms |`)
    }
  } finally {
    installed.remove()
  }
}
