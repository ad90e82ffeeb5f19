import {defineConfig} from 'vitest/config'

/**
 * `npm test`: every test except the wall-clock checks, which are in
 * `vitest.perf.config.ts` (`npm run test:perf`): a busy machine must not make
 * `npm test` fail.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/perf/**', '**/node_modules/**'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Deep property runs (FC_RUNS) take as long as they take.
    testTimeout: process.env.FC_RUNS ? 3_600_000 : 60_000,
    hookTimeout: 180_000
  }
})
