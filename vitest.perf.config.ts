import {defineConfig} from 'vitest/config'

/**
 * `npm run test:perf`: the wall-clock checks (linear time on pathological
 * input, the throughput floor, import time). One file at a time, so that no
 * neighbouring file on the other core skews the timings they compare. The
 * script runs `import-time.test.ts` first, in a run of its own: after the
 * pathological files the machine stays busy for a while, and whole-process
 * timings of ~100 ms read it (+73 to +84 ms where alone they read +32 to +42).
 */
export default defineConfig({
  test: {
    include: ['test/perf/**/*.test.ts'],
    fileParallelism: false,
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 120_000
  }
})
