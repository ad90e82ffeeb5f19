#!/usr/bin/env node
// `npm run fuzz`: the never-throw and round-trip properties, FC_RUNS runs
// each (default 100,000), from FC_SEED (default Date.now(), printed first so
// any run can be replayed: FC_SEED=<seed> npm run fuzz).
import {execFileSync} from 'node:child_process'
import {mkdirSync} from 'node:fs'

const runs = Number(process.env.FC_RUNS ?? 100_000)
const seed = Number(process.env.FC_SEED ?? Date.now())
console.log(`fuzz: ${runs} runs per property, seed ${seed} (replay: FC_SEED=${seed} FC_RUNS=${runs} npm run fuzz)`)

const out = 'node_modules/.cache/okr-fuzz/properties.mjs'
mkdirSync('node_modules/.cache/okr-fuzz', {recursive: true})
const entry = `import {runProperties} from './test/fuzz/properties.ts'\nrunProperties(${runs}, ${seed}, console.log)\n`
execFileSync(
  'npx',
  ['esbuild', '--bundle', '--platform=node', '--format=esm', '--packages=external', '--log-level=warning', `--outfile=${out}`, '--sourcefile=fuzz-entry.ts', '--loader=ts'],
  {input: entry, stdio: ['pipe', 'inherit', 'inherit']}
)
try {
  execFileSync(process.execPath, ['--enable-source-maps', out], {stdio: 'inherit'})
} catch {
  console.error(`fuzz: FAILED (seed ${seed})`)
  process.exitCode = 1
}
