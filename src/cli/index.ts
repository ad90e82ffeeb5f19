#!/usr/bin/env node
// The `okr-content` bin. Bundled into one file at build time
// (scripts/build-cli.mjs), so that it starts fast.
import packageJson from '../../package.json' with {type: 'json'}
import {run} from './run.js'

// `okr-content … | head`: the reader went away, which is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

async function readStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) throw new Error('no input: give a file, or pipe the input into stdin')
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

process.exitCode = await run(
  process.argv.slice(2),
  {
    stdin: readStdin,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env
  },
  packageJson.version
)
