/**
 * `npm run bench`'s floor tables (issue 17): per pathological shape, the
 * slowest MB/s over 8–64 KB (CPU time, after a warm-up) of
 * `markdownToContent`, remark-parse + remark-gfm (each shape stopped after
 * `BENCH_REMARK_CAP` ms, default 6,000: it is cubic on some) and markdown-it,
 * measured in the same process; then `htmlToContent` on its shapes against
 * the 0.5 MB/s floor. Rates marked ≤ are of a sweep stopped at its cap.
 */
import MarkdownIt from 'markdown-it'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {htmlShapes, markdownShapes} from '../test/perf/shapes.js'
import {kilobytes, sweep, type Sweep} from './floor.js'

const remark = unified().use(remarkParse).use(remarkGfm).freeze()
const markdownIt = new MarkdownIt()

/** The HTML floor (MB/s, after the 50 ms allowance). */
const htmlFloor = 0.5

function rate(result: Sweep): string {
  return `${result.stopped ? '≤ ' : ''}${result.slowest.toFixed(3)}`
}

/** Append the tables to `lines`; `only17`: just issue 17's seven shapes and its two growth failures. */
export function floorRows(
  lines: string[],
  converters: {markdownToContent: (markdown: string) => unknown; htmlToContent?: ((html: string) => unknown) | undefined},
  only17 = false
): void {
  const sizes = kilobytes(8, 64)
  const remarkCap = Number(process.env.BENCH_REMARK_CAP ?? 6000)
  const shapes = only17 ? markdownShapes.filter((shape) => shape.issue17 || shape.name.includes('<span') || shape.name.includes('~~a')) : markdownShapes
  lines.push(
    '',
    'Slowest rate per input shape over 8–64 KB (MB/s, CPU time, after a warm-up; remark stopped after ' +
      `${remarkCap / 1000} s per shape: ≤ marks a stopped sweep)`,
    '',
    '| input | okr-content | remark-parse+gfm | markdown-it | okr-content ms at 64 KB |',
    '| --- | ---: | ---: | ---: | ---: |'
  )
  for (const shape of [...shapes].sort((a, b) => Number(Boolean(b.issue17)) - Number(Boolean(a.issue17)))) {
    process.stderr.write(`  floor: ${shape.name}\n`)
    const ours = sweep(shape, converters.markdownToContent, {sizes, capMs: 20_000, totalCapMs: 60_000})
    const theirs = sweep(shape, (markdown) => remark.parse(markdown), {sizes, capMs: remarkCap, totalCapMs: remarkCap})
    const it = sweep(shape, (markdown) => markdownIt.parse(markdown, {}), {sizes})
    const at64 = ours.samples.at(-1)!
    lines.push(
      `| ${shape.issue17 ?? shape.name} | ${rate(ours)} | ${rate(theirs)} | ${rate(it)} | ${at64.ms.toFixed(0)} (${(at64.chars / 1024).toFixed(0)} KB) |`
    )
  }
  const {htmlToContent} = converters
  if (!htmlToContent) return
  lines.push(
    '',
    `htmlToContent: slowest rate over 8–64 KB (MB/s, CPU time; after a 50 ms allowance per call), floor ${htmlFloor} MB/s`,
    '',
    '| input | MB/s | after allowance | met? |',
    '| --- | ---: | ---: | --- |'
  )
  for (const shape of htmlShapes) {
    process.stderr.write(`  floor: ${shape.name}\n`)
    const result = sweep(shape, htmlToContent, {sizes, capMs: 20_000, totalCapMs: 60_000})
    const after = result.slowestAfterAllowance > 1000 ? 'every call under 50 ms' : result.slowestAfterAllowance.toFixed(2)
    lines.push(`| ${shape.name} | ${rate(result)} | ${after} | ${result.slowestAfterAllowance >= htmlFloor ? 'yes' : 'NO'} |`)
  }
}
