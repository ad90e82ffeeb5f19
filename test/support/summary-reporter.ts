import {appendFileSync} from 'node:fs'
import type {Reporter, TestModule} from 'vitest/node'

/**
 * Ends the run with the plain line CI reads: `N passed, N failed`.
 * Files that fail to load count as failed too. With `OKR_TEST_SUMMARY` set
 * to a file, the counts are also appended to it as a JSON line, with the
 * failures (test name and the first lines of its error: for a property, the
 * seed and the counterexample), so that `.ci/run` can add up `npm test` and
 * `npm run test:perf` and name what failed next to its last line, the part
 * of a CI log that is kept.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0
    const failures: string[] = unhandledErrors.map((error) => `unhandled error: ${excerpt(error)}`)
    for (const testModule of testModules) {
      if (testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0) {
        failures.push(`${testModule.relativeModuleId}: ${excerpt(testModule.errors()[0])}`)
      }
      for (const test of testModule.children.allTests()) {
        const result = test.result()
        if (result.state === 'passed') passed++
        else if (result.state === 'failed') failures.push(`${testModule.relativeModuleId} > ${test.fullName}: ${excerpt(result.errors[0])}`)
      }
    }
    const failed = failures.length
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`)
    const summary = process.env.OKR_TEST_SUMMARY
    if (summary) appendFileSync(summary, `${JSON.stringify({passed, failed, failures})}\n`)
  }
}

/** The first lines of an error's message: enough to name the rule, the seed and the counterexample. */
function excerpt(error: unknown): string {
  const message = error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error)
  return message.split('\n').slice(0, 8).join('\n').slice(0, 1500)
}
