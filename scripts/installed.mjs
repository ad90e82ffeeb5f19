// The package as users install it: `npm pack` (of the current build in
// dist/; run `npm run build` first), installed into a fresh project outside
// this repository. What `npm run size`, test/bundle-size.test.ts and the
// import-time check of `npm run test:perf` measure, so that their figures are
// those of what is published, not of src/.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))

/** The version this repository tests with (so that npm installs it from its cache). */
export const devVersion = (name) =>
  JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version

/** The package's subpaths that are modules (`exports` less `./package.json`). */
export function subpaths() {
  const {exports} = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
  return Object.keys(exports).filter((subpath) => !subpath.endsWith('.json'))
}

/**
 * Pack the package and install the tarball into a new project in the temporary
 * folder, with `peers` (names, at the versions installed here) beside it.
 * Returns the project's folder, the tarball and the packed files, and
 * `remove()`.
 */
export function installPackage({peers = [], prefix = 'okr-content-installed-'} = {}) {
  if (!existsSync(path.join(root, 'dist/index.d.ts'))) throw new Error('dist/ is missing: run `npm run build` first')
  const project = mkdtempSync(path.join(tmpdir(), prefix))
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], {cwd: root, encoding: 'utf8'})
  )
  const tarball = path.join(project, packed[0].filename)
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}))
  execFileSync(
    'npm',
    ['install', tarball, ...peers.map((name) => `${name}@${devVersion(name)}`), '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'],
    {cwd: project, stdio: 'pipe'}
  )
  return {
    project,
    tarball,
    files: packed[0].files.map((file) => file.path).sort(),
    remove: () => rmSync(project, {recursive: true, force: true})
  }
}
