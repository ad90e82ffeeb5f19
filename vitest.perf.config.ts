import {defineConfig} from 'vitest/config'

/**
 * `npm run test:perf`: the wall-clock checks (linear time on pathological
 * input). One file at a time, so that no neighbouring file on the other core
 * skews the timings they compare.
 */
export default defineConfig({
  test: {
    include: ['test/perf/**/*.test.ts'],
    fileParallelism: false,
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 120_000
  }
})
