/**
 * The package as users get it: `npm pack`, installed into a fresh project
 * outside this repository with production dependencies only (plus
 * the optional peers, fast-check for `./arbitraries` and unified for
 * `./unified`, and what a consumer of the SDK or of remark has: the SDK,
 * @types/node, remark-parse, remark-gfm, rehype-parse). Everything below runs there, so a
 * file missing from the tarball or a type that does not hold under a strict
 * consumer's options fails here, although the source tree's tests pass. The
 * packages installed for the examples bring some of our dependencies with
 * them (rehype-parse brings parse5), so a second project holds the package
 * with its production dependencies alone: a runtime import missing from
 * `dependencies` fails there.
 *
 * `npm test` builds first (pretest); alone: `npm run build && npx vitest run test/package`.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {build, transformSync} from 'esbuild'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {png} from '../images/encode.js'
import {readmeExamples} from './readme.js'

const root = path.resolve(import.meta.dirname, '../..')
const consumer = path.join(import.meta.dirname, 'consumer')
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string
  version: string
  exports: Record<string, unknown>
  bin: Record<string, string>
}
/** The version this repository tests with, so that the install comes from npm's cache. */
const installedVersion = (name: string) =>
  (JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as {version: string}).version

let project = ''
/** A second project: the package with its production dependencies and fast-check only. */
let bare = ''
let tarball = ''
let packedFiles: string[] = []

function run(command: string, args: string[], options: {input?: string; env?: NodeJS.ProcessEnv} = {}) {
  const result = spawnSync(command, args, {cwd: project, encoding: 'utf8', input: options.input ?? '', env: options.env ?? process.env})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const node = (args: string[], input?: string) => run(process.execPath, args, {input})
const bin = path.join('node_modules', '.bin', 'okr-content')
const shell = (script: string) =>
  run('bash', ['-o', 'pipefail', '-c', script], {env: {...process.env, PATH: `${path.join(project, 'node_modules/.bin')}:${process.env.PATH}`}})
const tsc = (tsconfig: string) => run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', tsconfig])

/** The strictest options a consumer may use, with `files` to compile. */
function writeTsconfig(name: string, files: string[], directory = project): void {
  const compilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
    module: 'nodenext',
    moduleResolution: 'nodenext',
    target: 'es2022',
    lib: ['es2023', 'dom'],
    types: ['node'],
    noEmit: true
  }
  writeFileSync(path.join(directory, name), JSON.stringify({compilerOptions, files}))
}

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'okr-content-artefact-'))
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], {cwd: root, encoding: 'utf8'})
  ) as Array<{filename: string; files: Array<{path: string}>}>
  tarball = path.join(project, packed[0]!.filename)
  packedFiles = packed[0]!.files.map((file) => file.path).sort()
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}))
  execFileSync(
    'npm',
    [
      'install',
      tarball,
      `fast-check@${installedVersion('fast-check')}`,
      `@larksuiteoapi/node-sdk@${installedVersion('@larksuiteoapi/node-sdk')}`,
      `@types/node@${installedVersion('@types/node')}`,
      ...['unified', 'remark-parse', 'remark-gfm', 'rehype-parse', 'rehype-stringify'].map((name) => `${name}@${installedVersion(name)}`),
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--loglevel=error'
    ],
    {cwd: project, stdio: 'pipe'}
  )
  // Packages installed for the examples (rehype-parse brings parse5, remark-parse
  // micromark…) would hide a runtime dependency missing from `dependencies`:
  // the bare project has none of them (and is not inside the other: Node
  // looks for packages in every ancestor's node_modules).
  bare = mkdtempSync(path.join(tmpdir(), 'okr-content-bare-'))
  writeFileSync(path.join(bare, 'package.json'), JSON.stringify({name: 'bare-consumer', private: true, type: 'module'}))
  execFileSync(
    'npm',
    ['install', tarball, `fast-check@${installedVersion('fast-check')}`, `@types/node@${installedVersion('@types/node')}`, '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'],
    {cwd: bare, stdio: 'pipe'}
  )
  copyFileSync(path.join(consumer, 'bare.mjs'), path.join(bare, 'bare.mjs'))
  copyFileSync(path.join(consumer, 'bare-types.ts'), path.join(bare, 'bare-types.ts'))
  writeTsconfig('tsconfig.json', ['bare-types.ts'], bare)
  for (const file of ['esm.mjs', 'cjs.cjs', 'fakes.mjs', 'globals.d.ts', 'entries.ts', 'sdk.ts', 'sdk-v2.ts', 'require.cts', 'mismatch.ts']) {
    copyFileSync(path.join(consumer, file), path.join(project, file))
  }
  copyFileSync(path.join(root, 'fixtures/records/progress-record.json'), path.join(project, 'record.json'))
  copyFileSync(path.join(root, 'fixtures/seeds/progress-record-get-response.json'), path.join(project, 'get-response.json'))
  copyFileSync(path.join(root, 'fixtures/v2/objective-progress-list-response.json'), path.join(project, 'progress-v2.json'))
  copyFileSync(path.join(root, 'fixtures/weekly-report.md'), path.join(project, 'report.md'))
  copyFileSync(path.join(root, 'fixtures/people.json'), path.join(project, 'people.json'))
  // The report with a local image that README's upload example reads.
  mkdirSync(path.join(project, 'reports'))
  writeFileSync(path.join(project, 'reports/w23.md'), '**Throughput** doubled:\n\n![throughput](chart.png)\n')
  writeFileSync(path.join(project, 'reports/chart.png'), png(40, 30))
}, 300_000)

afterAll(() => {
  if (project) rmSync(project, {recursive: true, force: true})
  if (bare) rmSync(bare, {recursive: true, force: true})
})

describe('the tarball', () => {
  it('holds dist/, README.md, LICENSE and package.json, and no source maps', () => {
    const unexpected = packedFiles.filter((file) => !/^dist\/.+\.(?:js|d\.ts)$|^dist\/lazy\/[^/]+\.cjs$/.test(file) && !['README.md', 'LICENSE', 'package.json'].includes(file))
    expect(unexpected).toEqual([])
    expect(packedFiles).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/node.js', 'dist/browser/index.js', 'dist/web/index.js', 'dist/index.d.ts', 'dist/cli.js']))
  })

  it('passes publint and arethetypeswrong (ESM only: require() of ESM is tested below)', () => {
    const publint = run(process.execPath, [path.join(root, 'node_modules/publint/src/cli.js'), path.join(project, 'node_modules', pkg.name), '--strict'])
    expect(publint.stdout + publint.stderr).toContain('All good!')
    expect(publint.code).toBe(0)
    const attw = run(process.execPath, [path.join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--profile', 'esm-only', '--format', 'json'])
    expect(attw.code, attw.stdout + attw.stderr).toBe(0)
    // The ESM-only profile leaves out node10 (no `exports` support) and node16-cjs (which
    // predates require() of ES modules); every other resolution must have no problem.
    const problems = (JSON.parse(attw.stdout) as {analysis: {problems: Array<{resolutionKind?: string}>}}).analysis.problems
    expect(problems.filter((problem) => problem.resolutionKind !== 'node10' && problem.resolutionKind !== 'node16-cjs')).toEqual([])
  })
})

describe('the installed package', () => {
  it('imports from ESM: every subpath of the exports map, each one used', () => {
    const {code, stdout, stderr} = node(['esm.mjs'])
    expect({code, stderr}).toEqual({code: 0, stderr: ''})
    expect(JSON.parse(stdout)).toEqual(Object.keys(pkg.exports))
  })

  it('works with its production dependencies alone: every entry from ESM, require(), the bin reading Markdown and HTML, and the types', () => {
    const inBare = (command: string, args: string[], input = '') => {
      const result = spawnSync(command, args, {cwd: bare, encoding: 'utf8', input})
      return {code: result.status, stdout: result.stdout, stderr: result.stderr}
    }
    const imports = inBare(process.execPath, ['bare.mjs'])
    expect({code: imports.code, stderr: imports.stderr}).toEqual({code: 0, stderr: ''})
    const subpaths = Object.keys(pkg.exports).filter((subpath) => subpath !== './package.json')
    expect((JSON.parse(imports.stdout) as string[]).sort()).toEqual([...subpaths, 'require'].sort())
    const cli = path.join(bare, bin)
    expect(inBare(cli, ['convert', '--to', 'html'], '**a**\n')).toMatchObject({code: 0, stdout: expect.stringContaining('<strong>a</strong>')})
    expect(inBare(cli, ['convert', '--from', 'html', '--to', 'md'], '<p><b>a</b></p>')).toMatchObject({code: 0, stdout: '**a**\n'})
    // Types too: what the published .d.ts files import resolves from `dependencies`.
    const types = inBare(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'])
    expect(types.stdout + types.stderr).toBe('')
    expect(types.code).toBe(0)
  })

  it('requires from CommonJS', () => {
    expect(node(['cjs.cjs'])).toEqual({code: 0, stdout: 'ok', stderr: ''})
  })

  it('compiles a strict TypeScript consumer (exactOptionalPropertyTypes, noUncheckedIndexedAccess, no skipLibCheck, nodenext) of every entry, the SDK types (v1 and v2) and every README example', () => {
    const examples = readmeExamples(readFileSync(path.join(root, 'README.md'), 'utf8'))
    for (const example of examples) writeFileSync(path.join(project, `${example.name}.ts`), example.code)
    writeTsconfig('tsconfig.json', ['globals.d.ts', 'entries.ts', 'sdk.ts', 'sdk-v2.ts', 'require.cts', ...examples.map((example) => `${example.name}.ts`)])
    const {code, stdout} = tsc('tsconfig.json')
    expect(stdout).toBe('')
    expect(code).toBe(0)
  })

  it('does not compile a body that diverges from the SDK (the checks above can fail)', () => {
    writeTsconfig('tsconfig.mismatch.json', ['mismatch.ts'])
    const {code, stdout} = tsc('tsconfig.mismatch.json')
    expect(code).not.toBe(0)
    const errors = stdout.split('\n').filter((line) => line.startsWith('mismatch.ts('))
    expect(errors).toHaveLength(4)
    expect(errors.every((line) => /error TS(?:2322|2375):/.test(line))).toBe(true)
  })

  it('runs every README example (an SDK client and `document` answered by fakes, no network)', () => {
    const examples = readmeExamples(readFileSync(path.join(root, 'README.md'), 'utf8'))
    expect(examples.length).toBeGreaterThan(3)
    for (const example of examples) {
      const js = transformSync(example.code, {loader: 'ts', format: 'esm'}).code
      writeFileSync(path.join(project, `${example.name}.mjs`), `import './fakes.mjs'\n${js}`)
      const {code, stdout, stderr} = node([`${example.name}.mjs`])
      expect({example: example.name, code}, stderr).toEqual({example: example.name, code: 0})
      const log = JSON.parse(stdout.trim().split('\n').at(-1)!) as {calls: Array<{call: string}>; innerHTML: string}
      // Each SDK call the example shows was made, with a payload the fake accepted.
      const shown = [...example.code.matchAll(/\bclient\.([\w.]+)\(/g)].map((match) => match[1])
      expect(log.calls.map((call) => call.call)).toEqual(expect.arrayContaining(shown))
      if (/document\.querySelector/.test(example.code)) expect(log.innerHTML).toMatch(/^<article/)
    }
  })

  it('bundles the README\'s browser examples for the browser (no Node built-in on the way)', async () => {
    const examples = readmeExamples(readFileSync(path.join(root, 'README.md'), 'utf8')).filter((example) => /\bdocument\./.test(example.code))
    expect(examples.length).toBeGreaterThan(0)
    for (const example of examples) {
      const result = await build({
        stdin: {contents: example.code, loader: 'ts', resolveDir: project, sourcefile: `${example.name}.ts`},
        bundle: true,
        platform: 'browser',
        format: 'esm',
        write: false,
        logLevel: 'silent'
      })
      expect(result.errors).toEqual([])
    }
  })
})

describe('the installed package in other runtimes', () => {
  it('bundles for a worker (the `worker` condition: no DOMParser there, so HTML is read by parse5) with no Node built-in, and the bundle converts', async () => {
    const result = await build({
      stdin: {contents: "export {htmlToContent, markdownToContent} from 'okr-content'", loader: 'js', resolveDir: project},
      bundle: true,
      platform: 'neutral',
      conditions: ['worker'],
      mainFields: ['module', 'main'],
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent'
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.some((input) => input.includes('node_modules/okr-content/dist/web/'))).toBe(true)
    expect(inputs.some((input) => input.includes('node_modules/parse5/'))).toBe(true)
    writeFileSync(path.join(project, 'worker-bundle.mjs'), result.outputFiles[0]!.text)
    const check = "import {htmlToContent, markdownToContent} from './worker-bundle.mjs'; process.stdout.write(JSON.stringify([htmlToContent('<b>a&amp;b</b>'), markdownToContent('**a&amp;b**')]))"
    const {code, stdout} = node(['--input-type=module', '-e', check])
    expect(code).toBe(0)
    const [fromHtml, fromMarkdown] = JSON.parse(stdout) as [unknown, unknown]
    expect(fromHtml).toEqual(fromMarkdown)
  })
})

describe('the installed bin', () => {
  it('is one bundled file with a node shebang, and prints help and its version', () => {
    expect(pkg.bin['okr-content']).toBe('./dist/cli.js')
    expect(readFileSync(path.join(project, 'node_modules', pkg.name, 'dist/cli.js'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node')
    const {code, stdout} = run(bin, ['--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: okr-content/)
    expect(run(bin, ['--version'])).toEqual({code: 0, stdout: `${pkg.version}\n`, stderr: ''})
  })

  it('converts Markdown from stdin (the default input format) to HTML', () => {
    expect(run(bin, ['convert', '--to', 'html'], {input: '**Done**\n'})).toEqual({
      code: 0,
      stdout: '<p style="white-space: pre-wrap"><strong>Done</strong></p>\n',
      stderr: ''
    })
  })

  it('turns a report file into a progress-record body', () => {
    const {code, stdout, stderr} = run(bin, [
      'progress', 'report.md', '--target-id', '7041430377642082323', '--target-type', 'kr',
      '--source-title', 'Weekly report', '--source-url', 'https://example.com/w23', '--percent', '50', '--status', 'normal'
    ])
    expect(code).toBe(0)
    expect(stderr).toMatch(/^report\.md:1:1: .*\[heading\]\n$/)
    expect(JSON.parse(stdout)).toMatchObject({target_type: 3, progress_rate: {percent: 50, status: 0}})
  })

  it("runs README's first command: the shipped report posted to the embedded offline server, then rendered by name", () => {
    const state = path.join(project, 'offline-records.json')
    const env = {...process.env, OKR_CONTENT_OFFLINE_STATE: state}
    const posted = run(bin, [
      'progress', 'report.md', '--post', '--people', 'people.json', '--target-id', '7041430377642082323', '--target-type', 'kr',
      '--source-title', 'Weekly report', '--source-url', 'https://example.com/weekly', '--percent', '50', '--status', 'normal', '--record', 'posted.json'
    ], {env})
    expect(posted.code, posted.stderr).toBe(0)
    expect(posted.stdout).toMatch(/^\d{19}\n$/)
    expect(posted.stderr).toContain('posting to the embedded offline OKR server')
    const id = posted.stdout.trim()
    writeFileSync(path.join(project, 'update.md'), 'Ramp-up done, thanks to @王芳.\n')
    const updated = run(bin, ['progress', 'update.md', '--post', '--update', id, '--people', 'people.json', '--target-id', '7041430377642082323', '--target-type', 'kr', '--percent', '80', '--record', 'updated.json'], {env})
    expect(updated).toMatchObject({code: 0, stdout: `${id}\n`})
    const rendered = run(bin, ['render', 'updated.json', '--people', 'people.json', '--format', 'md', '--flavor', 'plain'])
    expect(rendered.stdout).toContain('Ramp-up done, thanks to @王芳.')
    expect(rendered.stdout).toContain('**Progress:** 80%')
    // Without the SDK (an optional peer), --post names the package to install.
    const bareRun = spawnSync(process.execPath, [path.join(bare, 'node_modules/okr-content/dist/cli.js'), 'progress', '-', '--post', '--update', '1', '--target-id', '1', '--target-type', 'kr'], {cwd: bare, input: 'x', encoding: 'utf8'})
    expect([bareRun.status, bareRun.stderr]).toEqual([2, 'okr-content: --post needs the Feishu/Lark SDK, an optional peer of okr-content: npm install @larksuiteoapi/node-sdk\n'])
  })

  it('renders a fetched record as a page', () => {
    const {code, stdout, stderr} = run(bin, ['render', 'record.json', '--time-zone', 'Asia/Shanghai'])
    expect({code, stderr}).toEqual({code: 0, stderr: ''})
    expect(stdout).toMatch(/^<!doctype html>/i)
    expect(stdout).toContain('50.21%')
  })

  it('runs the examples of every --help', () => {
    const examples: string[] = []
    const commands = [...run(bin, ['--help']).stdout.matchAll(/^  ([a-z-]+) /gm)].map((match) => match[1]!).filter((name) => name !== 'help')
    expect(commands).toEqual(['convert', 'progress', 'render', 'objective', 'key-result'])
    for (const command of commands) {
      const help = run(bin, [command, '--help']).stdout
      const lines = help.slice(help.search(/^Examples?:$/m)).split('\n').slice(1)
      let current = ''
      for (const line of lines) {
        if (!line.startsWith('  ')) continue
        current += line.trim().replace(/\\$/, '')
        if (line.endsWith('\\')) continue
        examples.push(current)
        current = ''
      }
    }
    expect(examples.length).toBeGreaterThanOrEqual(8)
    for (const example of examples) {
      const {code, stdout, stderr} = shell(example)
      expect({example, code}).toEqual({example, code: 0})
      expect(stdout.length, `${example}\n${stderr}`).toBeGreaterThan(10)
    }
  })

  it('exits quietly with status 0 when the reader of its output goes away (| head)', () => {
    mkdirSync(path.join(project, 'big'), {recursive: true})
    writeFileSync(path.join(project, 'big/report.md'), 'A paragraph with **bold** text.\n\n'.repeat(50_000))
    const {code, stdout, stderr} = shell('okr-content convert big/report.md --to html | head -c 100')
    expect({code, stderr}).toEqual({code: 0, stderr: ''})
    expect(stdout).toMatch(/^<p /)
  })
})
