import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One file at a time: the linear-time checks compare timings within a
    // run, and a neighbouring file on the other core would skew them.
    fileParallelism: false,
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Deep property runs (FC_RUNS) take as long as they take.
    testTimeout: process.env.FC_RUNS ? 3_600_000 : 60_000,
    hookTimeout: 120_000
  }
})
