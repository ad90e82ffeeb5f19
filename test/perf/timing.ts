/**
 * Timing helpers of the linear-time checks (`npm run test:perf`): time a
 * conversion on an input of size n and of size 2n in the same run and hold
 * the growth to at most 2.5×. No absolute times: the ratio is what a slow
 * machine cannot fake.
 */
import {expect} from 'vitest'

export const maxGrowth = 2.5

/**
 * A timing check can be disturbed by the machine (a run of CI's shared
 * cores, a collection of the test runner's heap): the timing groups that use
 * these helpers try each check up to three times (`retry: 2`), and it fails
 * when every try grows beyond the bound. A real superlinear cost fails all
 * three.
 */

/** One sample: `run` repeated for at least 50 ms; the time of one run. */
function sample(run: () => unknown): number {
  const start = performance.now()
  let count = 0
  do {
    run()
    count++
  } while (performance.now() - start < 50)
  return (performance.now() - start) / count
}

/**
 * The best sample of each of two runs, taken in turn (up to `rounds` each,
 * 6 s at most), so that whatever drifts during the test (heap size, the
 * machine) weighs on both alike.
 */
export function bestOfBoth(small: () => unknown, large: () => unknown, rounds = 7): [number, number] {
  let bestSmall = Infinity
  let bestLarge = Infinity
  const start = performance.now()
  for (let i = 0; i < rounds && performance.now() - start < 6000; i++) {
    bestSmall = Math.min(bestSmall, sample(small))
    bestLarge = Math.min(bestLarge, sample(large))
  }
  return [bestSmall, bestLarge]
}

export interface Growth {
  n: number
  small: number
  large: number
  ratio: number
}

export function growth<T>(make: (n: number) => T, convert: (input: T) => unknown, n: number, rounds = 7): Growth {
  convert(make(Math.max(1, n >> 3))) // warm up
  const a = make(n)
  const b = make(2 * n)
  const [small, large] = bestOfBoth(() => convert(a), () => convert(b), rounds)
  const result = {n, small: Math.round(small), large: Math.round(large), ratio: Number((large / small).toFixed(2))}
  console.log(`n=${n}: ${result.small} ms → 2n: ${result.large} ms, growth ${result.ratio}×`)
  return result
}

export function expectLinear(result: Growth): void {
  expect(result.ratio, `time grew ${result.ratio}× for 2× input (${result.small} ms → ${result.large} ms)`).toBeLessThanOrEqual(maxGrowth)
}
