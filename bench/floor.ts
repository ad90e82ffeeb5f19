/**
 * The throughput floor (issue 17): the slowest rate of a converter over a
 * sweep of sizes of one input shape, after a warm-up, in CPU time of this
 * process (`process.cpuUsage`: on a machine shared with other work, wall time
 * measures the neighbours). Used by `npm run bench` (next to remark and
 * markdown-it) and by `npm run test:perf` (`test/perf/floor.test.ts`), which
 * compares it with the rate of real documents measured in the same run.
 */
import type {Shape} from '../test/perf/shapes.js'

export interface Sweep {
  /** The slowest rate over the sizes, MB/s (1 MB = 2^20 characters). */
  slowest: number
  /** The slowest rate after `allowanceMs` per call, MB/s. */
  slowestAfterAllowance: number
  /** Where each was found (characters). */
  slowestAt: number
  slowestAfterAllowanceAt: number
  /** The sweep stopped before the last size (a call went over the cap, or the total time did). */
  stopped: boolean
  /** Per size: characters and CPU milliseconds (best of the calls made). */
  samples: Array<{chars: number; ms: number}>
}

interface SweepOptions {
  /** Sizes to sweep, in characters (each shape's generator gives about this many). */
  sizes: number[]
  /** Subtracted from each call's time for `slowestAfterAllowance`. Default 50 ms. */
  allowanceMs?: number
  /** Stop the sweep after a call that took longer (ms). Default: never. */
  capMs?: number
  /** Stop the sweep when the shape has taken this long in all (ms). Default: never. */
  totalCapMs?: number
  /** Calls per size: the best is kept; a size whose call takes over 200 ms gets one. Default 3. */
  repeats?: number
}

/** CPU milliseconds of one call. */
function cpuTime(run: () => unknown): number {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

const megabyte = 1024 * 1024

/** Sweep `convert` over `shape` at `options.sizes`, after a warm-up on the smallest size. */
export function sweep(shape: Pick<Shape, 'make'>, convert: (input: string) => unknown, options: SweepOptions): Sweep {
  const {sizes, allowanceMs = 50, capMs = Infinity, totalCapMs = Infinity, repeats = 3} = options
  // Warm up: the JIT settles on what this shape exercises.
  const warm = shape.make(sizes[0]!)
  let warming = 0
  for (let i = 0; i < 5 && warming < 300; i++) warming += cpuTime(() => convert(warm))
  const result: Sweep = {slowest: Infinity, slowestAfterAllowance: Infinity, slowestAt: 0, slowestAfterAllowanceAt: 0, stopped: false, samples: []}
  let total = 0
  for (const [index, size] of sizes.entries()) {
    const input = shape.make(size)
    let best = Infinity
    for (let i = 0; i < repeats; i++) {
      const ms = cpuTime(() => convert(input))
      total += ms
      best = Math.min(best, ms)
      if (ms > 200 || ms > capMs || total > totalCapMs) break
    }
    result.samples.push({chars: input.length, ms: best})
    const rate = input.length / megabyte / (best / 1000)
    const afterAllowance = input.length / megabyte / (Math.max(best - allowanceMs, 0.001) / 1000)
    if (rate < result.slowest) [result.slowest, result.slowestAt] = [rate, input.length]
    if (afterAllowance < result.slowestAfterAllowance) [result.slowestAfterAllowance, result.slowestAfterAllowanceAt] = [afterAllowance, input.length]
    if ((best > capMs || total > totalCapMs) && index < sizes.length - 1) {
      result.stopped = true
      break
    }
  }
  return result
}

/** Sizes from `from` to `to` KB, doubling, in characters. */
export function kilobytes(from: number, to: number): number[] {
  const sizes: number[] = []
  for (let kb = from; kb <= to; kb *= 2) sizes.push(kb * 1024)
  return sizes
}

/** The rate of `convert` on real documents (MB/s, CPU time): all of them in turn, after a warm-up pass, best of `rounds`. */
export function realRate(documents: string[], convert: (input: string) => unknown, rounds = 3): number {
  for (const document of documents) convert(document)
  const chars = documents.reduce((sum, document) => sum + document.length, 0)
  let best = Infinity
  for (let round = 0; round < rounds; round++) best = Math.min(best, cpuTime(() => documents.forEach((document) => convert(document))))
  return chars / megabyte / (best / 1000)
}
