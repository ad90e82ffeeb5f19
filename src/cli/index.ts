#!/usr/bin/env node
import {run} from './run.js'

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new Error('no input: give a file, or pipe the input into stdin')
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

process.exitCode = await run(process.argv.slice(2), {
  stdin: readStdin,
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text)
})
