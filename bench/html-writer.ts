/**
 * contentToHtml (string writer) against JSON.stringify of the same tree, and
 * the hast writer it replaces, on the generated ~2 KB, ~100 KB and ~2 MB
 * documents: interleaved rounds (rotated order), median per task.
 *
 *   npx esbuild bench/html-writer.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=node_modules/.cache/okr-bench/html-writer.mjs && node --expose-gc node_modules/.cache/okr-bench/html-writer.mjs
 *
 * Run with --expose-gc (as `npm run bench`): a full GC before each sample shrinks the young
 * generation, which is what makes allocation-heavy writers slow on the large document.
 *
 * Environment: BENCH_ROUNDS (default 15), BENCH_ONLY (small,medium,large), BENCH_HAST=0 to skip the hast writer.
 */
import {toHtml} from 'hast-util-to-html'
import {contentToHast, contentToHtml} from '../src/html/index.js'
import {generateDocument, type DocumentName} from './generate.js'

const rounds = Number(process.env.BENCH_ROUNDS ?? 15)
const only = process.env.BENCH_ONLY?.split(',')
const gc = (globalThis as {gc?: () => void}).gc

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

let sink = 0
const flat = /\u0000$/
for (const name of (['small', 'medium', 'large'] as DocumentName[]).filter((n) => !only || only.includes(n))) {
  const doc = generateDocument(name)
  const tasks: Record<string, () => string> = {
    'JSON.stringify': () => JSON.stringify(doc.content),
    contentToHtml: () => contentToHtml(doc.content),
    // The result may be a rope (V8 concatenation): its first reader flattens
    // it. A regex test on the last character flattens it here, to show that cost.
    '+ flatten': () => {
      const html = contentToHtml(doc.content)
      if (flat.test(html)) sink++
      return html
    }
  }
  if (process.env.BENCH_HAST !== '0') tasks['hast writer'] = () => toHtml(contentToHast(doc.content)).replaceAll('\r', '&#13;')
  const names = Object.keys(tasks)
  // Warm up, then samples after a gc(): ~25 ms of calls each (large: one call), rotated order.
  for (const task of names) {
    const start = performance.now()
    while (performance.now() - start < 300) sink += tasks[task]!().length
  }
  const samples: Record<string, number[]> = Object.fromEntries(names.map((task) => [task, []]))
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const task = names[(i + round) % names.length]!
      gc?.()
      let n = 0
      const start = performance.now()
      let now = start
      // Like `npm run bench` (tinybench, gc() in setup): the large document one call per sample.
      do {
        sink += tasks[task]!().length
        n++
        now = performance.now()
      } while (now - start < (name === 'large' ? 0 : 25))
      samples[task]!.push((now - start) / n)
    }
  }
  const base = median(samples['JSON.stringify']!)
  console.log(`${name}: JSON ${(doc.json.length / 1024).toFixed(1)} KB, HTML ${(doc.html.length / 1024).toFixed(1)} KB, ${doc.content.blocks.length} blocks`)
  for (const task of names) {
    const time = median(samples[task]!)
    console.log(`  ${task.padEnd(15)} ${time.toFixed(4).padStart(10)} ms  ratio ${(time / base).toFixed(2)}  (min ${Math.min(...samples[task]!).toFixed(4)})`)
  }
}
if (sink === 0) console.log('')
