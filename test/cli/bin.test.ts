import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

// These spawn the built binary (`npm test` builds first; alone: `npx tsc -p tsconfig.build.json`).
const root = fileURLToPath(new URL('../..', import.meta.url))
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const bin = path.join(root, pkg.bin['okr-content'])

function okr(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: root, encoding: 'utf8', input: input ?? ''})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('the okr-content binary', () => {
  it('is the package bin, built, with a node shebang', () => {
    expect(pkg.bin['okr-content']).toBe('./dist/cli/index.js')
    expect(existsSync(bin)).toBe(true)
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node')
  })

  it('prints help for each command', () => {
    for (const args of [['--help'], ['convert', '--help'], ['progress', '--help'], ['render', '--help']]) {
      const {code, stdout} = okr(args)
      expect(code).toBe(0)
      expect(stdout).toMatch(/^Usage: okr-content/)
    }
  })

  it('convert: file in, JSON out, losses on stderr as file:line:column and rule id', () => {
    const {code, stdout, stderr} = okr(['convert', 'fixtures/weekly-report.md', '--to', 'json'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout).blocks.length).toBeGreaterThan(10)
    expect(stderr).toMatch(/^fixtures\/weekly-report\.md:1:1: .* \[heading\]\n$/)
  })

  it('convert: stdin to stdout', () => {
    const {code, stdout, stderr} = okr(['convert', '--from', 'md', '--to', 'md'], '**bold** and ~~gone~~\n')
    expect({code, stdout, stderr}).toEqual({code: 0, stdout: '**bold** and ~~gone~~\n', stderr: ''})
  })

  it('convert --strict exits 1 when something is lost', () => {
    const {code, stdout, stderr} = okr(['convert', 'fixtures/weekly-report.md', '--strict'])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain('[heading]')
  })

  it('a bad file: one line, exit 2, no stack trace', () => {
    const {code, stdout, stderr} = okr(['convert', 'no/such/report.md'])
    expect({code, stdout, stderr}).toEqual({code: 2, stdout: '', stderr: 'okr-content: cannot read no/such/report.md: no such file\n'})
  })

  it('a usage error: one line, exit 2', () => {
    const {code, stderr} = okr(['convert', 'fixtures/weekly-report.md', '--to', 'pdf'])
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('progress prints the create body', () => {
    const {code, stdout} = okr([
      'progress', 'fixtures/weekly-report.md',
      '--target-id', '7041430377642082323', '--target-type', 'kr',
      '--source-title', 'Weekly report', '--source-url', 'https://example.com/reports/42',
      '--percent', '50.21', '--status', 'normal'
    ])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({target_type: 3, progress_rate: {percent: 50.21, status: 0}})
  })

  it('progress with a bad field: one line naming it, exit 2', () => {
    const {code, stderr} = okr([
      'progress', '-', '--target-id', '1', '--target-type', 'objective', '--source-title', 't', '--source-url', 'ftp://x'
    ], 'hi')
    expect(code).toBe(2)
    expect(stderr).toBe('okr-content: Invalid progress record create request: source_url: must match ^https?://.*$\n')
  })

  it('render prints a standalone page of the fetched record', () => {
    const {code, stdout} = okr(['render', 'fixtures/records/progress-record.json'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^<!doctype html>/i)
    expect(stdout).toContain('50.21%')
  })

  it('render of an error envelope: the code and the advice, exit 2', () => {
    const {code, stderr} = okr(['render', '-'], '{"code": 1009999, "msg": "internal server error"}')
    expect(code).toBe(2)
    expect(stderr).toMatch(/^okr-content: Feishu API error 1009999: internal server error — Internal error: .*\n$/)
  })
})
