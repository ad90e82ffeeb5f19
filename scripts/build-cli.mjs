#!/usr/bin/env node
// Build the `okr-content` bin: src/cli/index.ts and everything it imports,
// the dependencies included, bundled by esbuild into one file (dist/cli.js),
// so that the command starts without resolving and loading hundreds of
// modules. The library entries stay plain ESM built by tsc.
import {chmodSync} from 'node:fs'
import {build} from 'esbuild'

const outfile = new URL('../dist/cli.js', import.meta.url).pathname
await build({
  entryPoints: [new URL('../src/cli/index.ts', import.meta.url).pathname],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // commander is CommonJS and requires Node built-ins: give the bundle a `require`.
  banner: {js: "import {createRequire as okrContentCreateRequire} from 'node:module';\nconst require = okrContentCreateRequire(import.meta.url);"},
  // The SDK is an optional peer: `--post` imports it when asked, from the user's install.
  external: ['@larksuiteoapi/node-sdk'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning'
})
chmodSync(outfile, 0o755)
