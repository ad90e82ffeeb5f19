/**
 * `npm run bench`: every converter against a baseline measured in the same
 * run, interleaved (each round runs every task once more, in a rotated
 * order), on generated documents of ~2 KB, ~100 KB and ~2 MB; then
 * `markdownToContent` against remark on a real-world corpus (every Markdown
 * file under node_modules/, `corpus.ts`), wall and CPU time. Prints a
 * Markdown table and writes it to node_modules/.cache/okr-bench/results.md
 * (never committed). Peak RSS for the 2 MB document is measured in a child
 * process per converter that holds only that converter's input.
 *
 * Then the throughput floor (`floor-table.ts`): the slowest MB/s of each
 * pathological shape next to remark and markdown-it, and `htmlToContent`'s.
 *
 * Environment: BENCH_ROUNDS (default: small 15, medium 5, large 3, corpus 5), BENCH_SEED, BENCH_ONLY
 * (comma-separated names: small, medium, large, corpus, floor), BENCH_NO_RSS=1, BENCH_REMARK_CAP.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {markdownToBlocks} from '@tryfabric/martian'
import {fromHtml} from 'hast-util-from-html'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {Bench} from 'tinybench'
import {unified} from 'unified'
import {contentToHtml, htmlToContent} from '../src/html/index.js'
import {contentToMarkdown, markdownToContent} from '../src/markdown/index.js'
import type {Content} from '../src/model/types.js'
import {loadCorpus, timeCorpus} from './corpus.js'
import {floorRows} from './floor-table.js'
import {generateDocument, type DocumentName, type GeneratedDocument} from './generate.js'

const cacheDir = 'node_modules/.cache/okr-bench'
const remark = unified().use(remarkParse).use(remarkGfm).freeze()
const seed = Number(process.env.BENCH_SEED ?? 20240607)

/** The functions measured; the baselines are tasks like the others. */
const tasks = {
  'remark-parse+gfm parse': (doc: GeneratedDocument) => remark.parse(doc.markdown),
  markdownToContent: (doc: GeneratedDocument) => markdownToContent(doc.markdown),
  'martian markdownToBlocks': (doc: GeneratedDocument) => markdownToBlocks(doc.markdown),
  'hast-util-from-html': (doc: GeneratedDocument) => fromHtml(doc.html, {fragment: true}),
  htmlToContent: (doc: GeneratedDocument) => htmlToContent(doc.html),
  'JSON.stringify': (doc: GeneratedDocument) => JSON.stringify(doc.content),
  contentToHtml: (doc: GeneratedDocument) => contentToHtml(doc.content),
  contentToMarkdown: (doc: GeneratedDocument) => contentToMarkdown(doc.content)
} satisfies Record<string, (doc: GeneratedDocument) => unknown>
type TaskName = keyof typeof tasks

interface Row {
  converter: TaskName
  baseline: TaskName
  input: 'markdown' | 'html' | 'json'
  /** Target on the ratio converter / baseline, per document; undefined: informative. */
  target?: (doc: DocumentName) => number | undefined
  targetText?: (doc: DocumentName) => string
}

const rows: Row[] = [
  {
    converter: 'markdownToContent',
    baseline: 'remark-parse+gfm parse',
    input: 'markdown',
    target: (doc) => (doc === 'large' ? 1 / 3 : doc === 'small' ? 1 : 1.1),
    targetText: (doc) => (doc === 'large' ? '≤ 0.33 (3× faster)' : doc === 'small' ? '≤ 1.0' : '≤ 1.1')
  },
  {converter: 'martian markdownToBlocks', baseline: 'remark-parse+gfm parse', input: 'markdown'},
  {converter: 'htmlToContent', baseline: 'hast-util-from-html', input: 'html', target: () => 1.3, targetText: () => '≤ 1.3'},
  {converter: 'contentToHtml', baseline: 'JSON.stringify', input: 'json', target: () => 1, targetText: () => '≤ 1.0'},
  // The baseline parses contentToMarkdown's own output, which is doc.markdown.
  {converter: 'contentToMarkdown', baseline: 'remark-parse+gfm parse', input: 'json', target: () => 0.5, targetText: () => '≤ 0.5'}
]

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const gc = (globalThis as {gc?: () => void}).gc

const defaultRounds: Record<DocumentName, number> = {small: 15, medium: 5, large: 3}

async function measure(doc: GeneratedDocument): Promise<Map<TaskName, number[]>> {
  const names = Object.keys(tasks) as TaskName[]
  const samples = new Map<TaskName, number[]>(names.map((name) => [name, []]))
  const large = doc.name === 'large'
  // A 2 KB document takes a few milliseconds: with 5 rounds its ratio moved
  // from 0.66 to 1.30 between runs of the same code, with 15 within 0.69–0.80.
  const rounds = Number(process.env.BENCH_ROUNDS ?? defaultRounds[doc.name])
  for (let round = 0; round < rounds; round++) {
    // Rotate the order each round so no task always runs after the same one.
    const order = names.map((_, index) => names[(index + round) % names.length]!)
    // On the large document the content tree's converters take tens of
    // milliseconds where the parsers take seconds: one sample a round left
    // their medians to whichever round a collection landed in (contentToHtml
    // read 0.5× to 1.5× JSON.stringify between runs of the same code), so
    // they get five.
    const groups = large ? [order.filter((name) => taskInput[name] !== 'json'), order.filter((name) => taskInput[name] === 'json')] : [order]
    for (const group of groups) {
      const quick = !large || taskInput[group[0]!] === 'json'
      const bench = new Bench({
        time: large ? 0 : doc.name === 'medium' ? 300 : 150,
        iterations: quick ? 5 : 1,
        warmup: quick || round === 0,
        warmupIterations: quick ? 3 : 0,
        warmupTime: quick ? 50 : 0,
        retainSamples: true,
        throws: true,
        setup: () => gc?.()
      })
      for (const name of group) bench.add(name, () => void tasks[name](doc))
      await bench.run()
      for (const task of bench.tasks) {
        const result = task.result
        if (!('latency' in result)) throw new Error(`${task.name}: ${result.state}`)
        samples.get(task.name as TaskName)!.push(...(result.latency.samples ?? []))
      }
    }
    process.stderr.write(`  ${doc.name}: round ${round + 1}/${rounds}\n`)
  }
  return samples
}

function inputBytes(doc: GeneratedDocument, input: Row['input']): number {
  return Buffer.byteLength(input === 'markdown' ? doc.markdown : input === 'html' ? doc.html : doc.json)
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`
}

/** The input each task reads; the RSS child loads only that one. */
const taskInput: Record<TaskName, Row['input']> = {
  'remark-parse+gfm parse': 'markdown',
  markdownToContent: 'markdown',
  'martian markdownToBlocks': 'markdown',
  'hast-util-from-html': 'html',
  htmlToContent: 'html',
  'JSON.stringify': 'json',
  contentToHtml: 'json',
  contentToMarkdown: 'json'
}

const largeFile = {markdown: 'large.md', html: 'large.html', json: 'large.json'} as const

/**
 * Child mode: load the one input a task needs, as a user's process would
 * hold it (the Markdown or HTML string, or the content tree), then run the
 * task once and print maxRSS before and after. Loading the other formats too
 * would add their size to the peak and raise V8's heap limit with it.
 */
function childRss(taskName: TaskName | 'none', input: Row['input']): void {
  const text = readFileSync(`${cacheDir}/${largeFile[input]}`, 'utf8')
  const content = input === 'json' ? (JSON.parse(text) as Content) : undefined
  const doc = {name: 'large', markdown: text, html: text, json: text, content} as GeneratedDocument
  gc?.()
  const before = process.resourceUsage().maxRSS
  const result = taskName === 'none' ? undefined : tasks[taskName](doc)
  const after = process.resourceUsage().maxRSS
  process.stdout.write(JSON.stringify({before, after, kept: result === undefined ? 0 : 1}))
}

function peakRss(taskName: TaskName | 'none', input: Row['input']): {before: number; after: number} {
  const output = execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--rss', taskName, input], {
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  return JSON.parse(output) as {before: number; after: number}
}

/** Target of `markdownToContent` / remark on the real-world corpus, wall and CPU time. */
const corpusTarget = 0.9

/**
 * The real-world corpus: each file converted and parsed by remark in turn,
 * totals per round (median over rounds), and the files where
 * `markdownToContent` compares worst. Appends to `lines`; returns the misses.
 */
function corpusRows(lines: string[]): string[] {
  const files = loadCorpus()
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.markdown), 0)
  const withDefinitions = files.filter((file) => file.markdown.includes(']:')).length
  process.stderr.write(`corpus: ${files.length} files, ${formatBytes(bytes)}\n`)
  const baseline = 'remark-parse+gfm parse'
  const times = timeCorpus(
    files,
    {[baseline]: (markdown) => remark.parse(markdown), markdownToContent: (markdown) => markdownToContent(markdown)},
    rounds
  )
  const misses: string[] = []
  lines.push(
    '',
    `Real-world corpus: ${files.length} distinct Markdown files under node_modules/ (${formatBytes(bytes)}, ${withDefinitions} with \`]:\`), each converted and parsed in turn, ${rounds} rounds (median of the round totals)`,
    '',
    '| time | markdownToContent ms | MB/s | remark-parse+gfm parse ms | ratio | target | met? |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- |'
  )
  for (const [label, perRound] of [
    ['wall', times.roundWall],
    ['CPU', times.roundCpu]
  ] as const) {
    const ours = median(perRound.map((round) => round.markdownToContent!))
    const base = median(perRound.map((round) => round[baseline]!))
    const ratio = ours / base
    const met = ratio <= corpusTarget ? 'yes' : 'NO'
    if (met === 'NO') misses.push(`markdownToContent on the corpus (${label} time): ${ratio.toFixed(2)} (target ≤ ${corpusTarget})`)
    lines.push(`| ${label} | ${ours.toFixed(0)} | ${(bytes / 1024 / 1024 / (ours / 1000)).toFixed(2)} | ${base.toFixed(0)} | ${ratio.toFixed(2)} | ≤ ${corpusTarget} | ${met} |`)
  }
  // Where we compare worst: by ratio among files remark takes at least 1 ms on, and by time over remark's.
  const perFile = files.map((file, index) => {
    const ours = times.fileWall[index]!.markdownToContent! / rounds
    const base = times.fileWall[index]![baseline]! / rounds
    return {path: file.path, bytes: Buffer.byteLength(file.markdown), ours, base, ratio: ours / base}
  })
  const worst = [
    ...perFile.filter((file) => file.base >= 1).sort((a, b) => b.ratio - a.ratio).slice(0, 5),
    ...perFile.sort((a, b) => b.ours - b.base - (a.ours - a.base)).slice(0, 5)
  ]
  lines.push('', '| worst files (by ratio, then by ms over remark) | size | markdownToContent ms | remark ms | ratio |', '| --- | ---: | ---: | ---: | ---: |')
  for (const file of new Set(worst)) {
    lines.push(`| ${file.path} | ${formatBytes(file.bytes)} | ${file.ours.toFixed(2)} | ${file.base.toFixed(2)} | ${file.ratio.toFixed(2)} |`)
  }
  return misses
}

async function main(): Promise<void> {
  const rssIndex = process.argv.indexOf('--rss')
  if (rssIndex !== -1) return childRss(process.argv[rssIndex + 1] as TaskName | 'none', process.argv[rssIndex + 2] as Row['input'])

  mkdirSync(cacheDir, {recursive: true})
  const only = process.env.BENCH_ONLY?.split(',')
  const names = (['small', 'medium', 'large'] as const).filter((name) => !only || only.includes(name))
  const lines: string[] = [
    `Node ${process.version}, ${process.platform}/${process.arch}, seed ${seed}, ${new Date().toISOString()}`,
    '',
    '| converter | document | size | median ms | MB/s | baseline | baseline median ms | ratio | target | met? |',
    '| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | --- | --- |'
  ]
  const misses: string[] = []
  for (const name of names) {
    const started = performance.now()
    const doc = generateDocument(name, seed)
    process.stderr.write(
      `${name}: ${doc.content.blocks.length} blocks, Markdown ${formatBytes(doc.markdown.length)}, HTML ${formatBytes(doc.html.length)}, JSON ${formatBytes(doc.json.length)} (generated in ${(performance.now() - started).toFixed(0)} ms)\n`
    )
    if (name === 'large') {
      writeFileSync(`${cacheDir}/${largeFile.markdown}`, doc.markdown)
      writeFileSync(`${cacheDir}/${largeFile.html}`, doc.html)
      writeFileSync(`${cacheDir}/${largeFile.json}`, doc.json)
    }
    const samples = await measure(doc)
    for (const row of rows) {
      const time = median(samples.get(row.converter)!)
      const base = median(samples.get(row.baseline)!)
      const bytes = inputBytes(doc, row.input)
      const ratio = time / base
      const target = row.target?.(name)
      const met = target === undefined ? '—' : ratio <= target ? 'yes' : 'NO'
      if (met === 'NO') misses.push(`${row.converter} on ${name}: ${ratio.toFixed(2)} (target ${row.targetText!(name)})`)
      lines.push(
        `| ${row.converter} | ${name} | ${formatBytes(bytes)} ${row.input} | ${time.toFixed(2)} | ${(bytes / 1024 / 1024 / (time / 1000)).toFixed(2)} | ${row.baseline} | ${base.toFixed(2)} | ${ratio.toFixed(2)} | ${row.targetText?.(name) ?? 'peer (info)'} | ${met} |`
      )
    }
    for (const baseline of ['remark-parse+gfm parse', 'hast-util-from-html', 'JSON.stringify'] as const) {
      const time = median(samples.get(baseline)!)
      const input = baseline === 'JSON.stringify' ? 'json' : baseline === 'hast-util-from-html' ? 'html' : 'markdown'
      const bytes = inputBytes(doc, input)
      lines.push(`| _${baseline}_ | ${name} | ${formatBytes(bytes)} ${input} | ${time.toFixed(2)} | ${(bytes / 1024 / 1024 / (time / 1000)).toFixed(2)} | — | — | — | baseline | — |`)
    }
  }

  if (!only || only.includes('corpus')) misses.push(...corpusRows(lines))
  if (!only || only.includes('floor')) floorRows(lines, {markdownToContent: (markdown) => markdownToContent(markdown), htmlToContent: (html) => htmlToContent(html)})

  if (names.includes('large') && process.env.BENCH_NO_RSS !== '1') {
    lines.push(
      '',
      '| peak RSS, large document (child process holding only its input) | input | maxRSS MB | over loading the input alone | target | met? |',
      '| --- | --- | ---: | ---: | --- | --- |'
    )
    const loadOnly = new Map<Row['input'], number>()
    for (const input of ['markdown', 'html', 'json'] as const) {
      const mb = peakRss('none', input).after / 1024
      loadOnly.set(input, mb)
      lines.push(`| _load the input only_ | ${input} | ${mb.toFixed(0)} | — | — | — |`)
    }
    for (const taskName of Object.keys(tasks) as TaskName[]) {
      process.stderr.write(`  RSS: ${taskName}\n`)
      const input = taskInput[taskName]
      const mb = peakRss(taskName, input).after / 1024
      const target = taskName === 'markdownToContent' ? 250 : undefined
      const met = target === undefined ? '—' : mb <= target ? 'yes' : 'NO'
      if (met === 'NO') misses.push(`peak RSS of ${taskName}: ${mb.toFixed(0)} MB (target ≤ ${target} MB)`)
      lines.push(
        `| ${taskName} | ${input} | ${mb.toFixed(0)} | +${(mb - loadOnly.get(input)!).toFixed(0)} | ${target === undefined ? '—' : `≤ ${target} MB`} | ${met} |`
      )
    }
  }

  lines.push('', misses.length ? `Missed: ${misses.join('; ')}` : 'All targets met.')
  const table = lines.join('\n')
  writeFileSync(`${cacheDir}/results.md`, table + '\n')
  process.stdout.write(table + '\n')
}

await main()
