#!/usr/bin/env node
// `npm run build:playground` (after `npm run build`): the playground, one
// static page (.playground/index.html, ignored by git; open it in a browser,
// no server needed). playground/main.ts is bundled with the package's
// browser build: its imports of src/ are taken from dist/browser/ (what an
// application bundling `okr-content` for the browser gets).
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
export const playgroundFile = path.join(root, '.playground/index.html')

/** src/<path>.js, as imported by playground/main.ts → dist/browser/<path>.js. */
const browserBuild = {
  name: 'browser-build',
  setup(builder) {
    builder.onResolve({filter: /\/src\//}, (args) => {
      const file = path.join(root, 'dist/browser', path.relative(path.join(root, 'src'), path.resolve(args.resolveDir, args.path)))
      if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`)
      return {path: file}
    })
  }
}

export async function buildPlayground() {
  const result = await build({
    entryPoints: [path.join(root, 'playground/main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [browserBuild]
  })
  const script = result.outputFiles[0].text.replaceAll('</script', '<\\/script')
  const page = readFileSync(path.join(root, 'playground/index.html'), 'utf8').replace('<script>/*okr-content playground*/</script>', () => `<script>${script}</script>`)
  mkdirSync(path.dirname(playgroundFile), {recursive: true})
  writeFileSync(playgroundFile, page)
  return playgroundFile
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`${path.relative(process.cwd(), await buildPlayground())}: open it in a browser`)
}
