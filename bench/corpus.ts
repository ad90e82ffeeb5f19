/**
 * The real-world corpus of `npm run bench`: every Markdown file shipped
 * inside `node_modules/` (READMEs, changelogs, licenses), read at run time
 * and never committed, each distinct content once. Generated documents use
 * every construct evenly; these have what people write (reference
 * definitions, badges, tables, long changelog lists, code).
 */
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'

interface CorpusFile {
  path: string
  markdown: string
}

/** `*.md` and `*.markdown` files under `root` (not its `.cache`, no symbolic links), deduplicated by content, in path order. */
export function loadCorpus(root = 'node_modules'): CorpusFile[] {
  const paths: string[] = []
  const stack = [root]
  while (stack.length > 0) {
    const directory = stack.pop()!
    for (const entry of readdirSync(directory, {withFileTypes: true})) {
      const path = join(directory, entry.name)
      if (entry.isDirectory() && entry.name !== '.cache') stack.push(path)
      else if (entry.isFile() && /\.(?:md|markdown)$/i.test(entry.name)) paths.push(path)
    }
  }
  const seen = new Set<string>()
  const files: CorpusFile[] = []
  for (const path of paths.sort()) {
    const markdown = readFileSync(path, 'utf8')
    const hash = createHash('sha256').update(markdown).digest('hex')
    if (seen.has(hash)) continue
    seen.add(hash)
    files.push({path: relative(root, path), markdown})
  }
  return files
}

/** Time per file and task, summed over rounds: wall and CPU milliseconds. */
interface CorpusTimes {
  /** Per round, per task: the corpus's total wall time. */
  roundWall: Array<Record<string, number>>
  /** Per round, per task: the corpus's total CPU time (user + system). */
  roundCpu: Array<Record<string, number>>
  /** Per file, per task: wall time summed over rounds. */
  fileWall: Array<Record<string, number>>
}

/**
 * Run every task on every file, file after file, the tasks of a file in
 * turn (their order alternating by round and file, so that neither always
 * runs first), one warm-up round first; a GC before each round.
 */
export function timeCorpus(files: CorpusFile[], tasks: Record<string, (markdown: string) => unknown>, rounds: number): CorpusTimes {
  const names = Object.keys(tasks)
  const gc = (globalThis as {gc?: () => void}).gc
  for (const file of files) for (const name of names) tasks[name]!(file.markdown)
  const times: CorpusTimes = {roundWall: [], roundCpu: [], fileWall: files.map(() => Object.fromEntries(names.map((name) => [name, 0])))}
  for (let round = 0; round < rounds; round++) {
    gc?.()
    const wall: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]))
    const cpu: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]))
    files.forEach((file, index) => {
      for (let turn = 0; turn < names.length; turn++) {
        const name = names[(turn + round + index) % names.length]!
        const cpuStart = process.cpuUsage()
        const start = performance.now()
        tasks[name]!(file.markdown)
        const elapsed = performance.now() - start
        const used = process.cpuUsage(cpuStart)
        wall[name]! += elapsed
        cpu[name]! += (used.user + used.system) / 1000
        times.fileWall[index]![name]! += elapsed
      }
    })
    times.roundWall.push(wall)
    times.roundCpu.push(cpu)
    process.stderr.write(`  corpus: round ${round + 1}/${rounds}\n`)
  }
  return times
}
