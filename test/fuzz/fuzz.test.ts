import {it} from 'vitest'
import {runProperties} from './properties.js'

// CI: a short run of the fuzz properties (`npm run fuzz` for the long one).
const runs = Math.max(1, Number(process.env.FC_RUNS ?? 200))
const seed = Number(process.env.FC_SEED ?? Date.now())

it(`fuzz properties hold (${runs} runs, seed ${seed})`, () => {
  runProperties(runs, seed)
}, 120_000)
