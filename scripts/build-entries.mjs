#!/usr/bin/env node
// Build the package's entries, as published: every module subpath of
// package.json's `exports` (a new one is built without a change here). A
// condition's file `./dist/<path>.js` is built from `src/<path>.ts` (types:
// `./dist/<path>.d.ts`, emitted per module by tsc -p tsconfig.build.json).
//
// - files elsewhere in dist/ (`node`, and `default` of Node-only entries): one esbuild run, the dependencies bundled in
//   (the peers left out), ESM, split into shared chunks (dist/chunks/), so
//   that `import 'okr-content'` loads a few files instead of the few hundred
//   modules of micromark, mdast and parse5 one by one (README § Performance;
//   test/perf/import-time.test.ts). The dependencies in `lazy` below, big
//   and needed by few calls, load on first use instead: each is bundled
//   apart into dist/lazy/<name>.cjs, and what imports it gets a module of
//   the same exports that `require`s that file when one is first called.
// - `default` files under dist/web/ (`worker` too): the modules as tsc
//   writes them, for other runtimes (Deno, Bun, workers: no Node loader, no
//   DOMParser in a worker), HTML read by parse5.
// - `browser` files (`./dist/browser/<path>.js`), for bundlers: the modules
//   as they are (one file each, the dependencies left as imports, so that
//   the application's bundler shares them, picks their own browser builds
//   and drops what is not used), with a module's `.browser.ts` sibling in
//   its place where there is one: HTML is read by the platform's parser
//   (src/html/from/parse.browser.ts), not parse5.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build, transform} from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))

/** `./dist/browser/v2/index.js` → {in: 'src/v2/index.ts', out: 'v2/index'} */
function entryPoint(file, prefix) {
  const relative = file.replace(/^\.\/dist\//, '').replace(/\.js$/, '')
  const out = relative.slice(prefix.length)
  const source = path.join(root, 'src', `${out}.ts`)
  if (!file.startsWith(`./dist/${prefix}`) || !existsSync(source)) {
    throw new Error(`package.json exports ${file}: no source at src/${out}.ts`)
  }
  return {in: source, out}
}

/** Files of `exports` by the tree they are in: dist/browser/, dist/web/, or the Node bundle (the rest of dist/). */
const runtime = new Map()
const browser = new Map()
const web = new Map()
for (const [subpath, conditions] of Object.entries(pkg.exports)) {
  if (typeof conditions !== 'object') continue
  for (const [condition, file] of Object.entries(conditions)) {
    if (condition === 'types' || !file.endsWith('.js')) continue
    if (file.startsWith('./dist/browser/')) browser.set(file, entryPoint(file, 'browser/'))
    else if (file.startsWith('./dist/web/')) web.set(file, entryPoint(file, 'web/'))
    else runtime.set(file, entryPoint(file, ''))
  }
  if (!Object.keys(conditions).some((condition) => condition !== 'types')) throw new Error(`package.json exports ${subpath}: no file`)
}

/**
 * Loaded on first use in Node: the Markdown parser (mdast-util-from-markdown
 * with micromark) and serializer (mdast-util-to-markdown), the HTML parser
 * (parse5 and its entity tables), named character references, image sizes and
 * hast (hastscript with property-information): two thirds of the code
 * otherwise compiled at `import 'okr-content'`. What is imported of them is
 * functions, and objects read when a function runs (`defaultHandlers`), so a
 * function or a proxy standing for each is all that is needed (an import of
 * anything else fails this build).
 */
const lazy = ['mdast-util-from-markdown', 'mdast-util-to-markdown', 'parse5', 'entities', 'decode-named-character-reference', 'image-size', 'hastscript']
const lazyFolder = path.join(root, 'dist/lazy')
const marker = '__okr_content_lazy__'

/**
 * Bare imports of `lazy` packages (but `self`) → modules whose functions load
 * the package's bundle, dist/lazy/<name>.cjs, when first called. `format`:
 * that of the module they are bundled into.
 */
function lazyDependencies(format, self) {
  return {
    name: 'lazy-dependencies',
    setup(builder) {
      const names = lazy.filter((name) => name !== self)
      builder.onResolve({filter: new RegExp(`^(?:${names.join('|')})$`)}, (args) => ({path: args.path, namespace: 'lazy'}))
      builder.onLoad({filter: /.*/, namespace: 'lazy'}, async (args) => {
        const module = await import(createRequire(path.join(root, 'package.json')).resolve(args.path))
        const file = JSON.stringify(`${marker}/${args.path}.cjs`)
        const contents = [
          format === 'esm' ? "import {createRequire} from 'node:module'" : '',
          'let loaded',
          format === 'esm'
            ? `const load = () => (loaded ??= createRequire(import.meta.url)(${file}))`
            : `const file = ${file}\nconst load = () => (loaded ??= require(file))`,
          ...Object.keys(module).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default').map((name) => {
            if (typeof module[name] === 'function') {
              return `export function ${name}(...values) { return new.target ? Reflect.construct(load().${name}, values, new.target) : load().${name}.apply(this, values) }`
            }
            if (typeof module[name] === 'object' && module[name] !== null) {
              return `export const ${name} = new Proxy({}, {get: (_, key) => load().${name}[key], has: (_, key) => key in load().${name}, ownKeys: () => Reflect.ownKeys(load().${name}), getOwnPropertyDescriptor: (_, key) => ({...Reflect.getOwnPropertyDescriptor(load().${name}, key), configurable: true})})`
            }
            return ''
          })
        ].join('\n')
        return {contents, loader: 'js', resolveDir: root}
      })
    }
  }
}

/** Write esbuild's output, each file finding dist/lazy/ relative to itself. */
function writeOutput(outputFiles) {
  for (const file of outputFiles) {
    const relative = path.relative(path.dirname(file.path), lazyFolder).replaceAll(path.sep, '/') || '.'
    mkdirSync(path.dirname(file.path), {recursive: true})
    writeFileSync(file.path, file.text.replaceAll(marker, relative.startsWith('.') ? relative : `./${relative}`))
  }
}

const common = {
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning'
}

/** A module's `.browser.ts` sibling, where there is one, instead of the module. */
const browserSiblings = {
  name: 'browser-siblings',
  setup(builder) {
    builder.onResolve({filter: /^\.{1,2}\//}, (args) => {
      const sibling = path.resolve(args.resolveDir, args.path).replace(/\.js$/, '.browser.ts')
      return existsSync(sibling) ? {path: sibling} : undefined
    })
  }
}

const node = await build({
  ...common,
  entryPoints: [...runtime.values()],
  outdir: path.join(root, 'dist'),
  platform: 'node',
  minify: true,
  external: Object.keys(pkg.peerDependencies ?? {}),
  plugins: [lazyDependencies('esm')],
  write: false
})
writeOutput(node.outputFiles)
for (const name of lazy) {
  const bundle = await build({
    stdin: {contents: `module.exports = require(${JSON.stringify(name)})`, resolveDir: root, loader: 'js'},
    outfile: path.join(lazyFolder, `${name}.cjs`),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [lazyDependencies('cjs', name)],
    logOverride: {'unsupported-require-call': 'silent'},
    write: false
  })
  writeOutput(bundle.outputFiles)
}

/**
 * The modules `entries` reach, one file each under `folder`, as tsc would
 * write them (an application's bundler then drops, module by module, what it
 * does not use); with `siblings`, each `.browser.ts` sibling written in the
 * place of its module.
 */
async function modules(entries, folder, siblings) {
  const reached = await build({
    entryPoints: [...entries.values()].map((entry) => entry.in),
    bundle: true,
    write: false,
    metafile: true,
    outdir: path.join(root, folder),
    format: 'esm',
    platform: siblings ? 'browser' : 'neutral',
    packages: 'external',
    plugins: siblings ? [browserSiblings] : [],
    logLevel: 'warning'
  })
  for (const input of Object.keys(reached.metafile.inputs)) {
    const source = path.resolve(root, input)
    const out = path.join(root, folder, path.relative(path.join(root, 'src'), source).replace(/(?:\.browser)?\.ts$/, '.js'))
    const {code} = await transform(readFileSync(source, 'utf8'), {loader: 'ts', format: 'esm', target: 'es2022', sourcefile: input})
    mkdirSync(path.dirname(out), {recursive: true})
    writeFileSync(out, code)
  }
}

await modules(browser, 'dist/browser', true)
await modules(web, 'dist/web', false)
