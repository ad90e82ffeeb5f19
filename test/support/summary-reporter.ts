import {appendFileSync} from 'node:fs'
import type {Reporter, TestModule} from 'vitest/node'

/**
 * Ends the run with the plain line CI reads: `N passed, N failed`.
 * Files that fail to load count as failed too. With `OKR_TEST_SUMMARY` set
 * to a file, the counts are also appended to it as a JSON line, so that
 * `.ci/run` can add up `npm test` and `npm run test:perf`.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0
    let failed = unhandledErrors.length
    for (const testModule of testModules) {
      if (testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0) failed++
      for (const test of testModule.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failed++
      }
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`)
    const summary = process.env.OKR_TEST_SUMMARY
    if (summary) appendFileSync(summary, `${JSON.stringify({passed, failed})}\n`)
  }
}
