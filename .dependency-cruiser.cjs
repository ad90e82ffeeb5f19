/**
 * Dependency rules of the source, checked by `npm run lint:deps` (and by
 * test/architecture.test.ts in `npm test`). Type-only imports count: a
 * published `.d.ts` that imports `mdast` needs `@types/mdast` installed.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles: a module can be read (and loaded) before the modules that import it.',
      from: {path: '^src/'},
      to: {circular: true}
    },
    {
      name: 'not-to-dev-dep',
      severity: 'error',
      comment:
        'What the published code imports (at run time or in its types) must be in `dependencies` (or an optional peer): a devDependency is not installed for users.',
      from: {path: '^src/'},
      to: {dependencyTypes: ['npm-dev'], dependencyTypesNot: ['npm-bundled', 'npm-peer']}
    },
    {
      name: 'optional-peers-in-their-entry',
      severity: 'error',
      comment: 'The optional peers are imported only by the entry that needs them: fast-check by okr-content/arbitraries, unified by okr-content/unified.',
      from: {path: '^src/', pathNot: '^src/(?:arbitraries|unified)/'},
      to: {path: 'node_modules/(?:fast-check|unified)/'}
    },
    {
      name: 'no-non-package-json',
      severity: 'error',
      comment: 'Every package the source imports is declared in package.json.',
      from: {path: '^src/'},
      to: {dependencyTypes: ['npm-no-pkg', 'npm-unknown'], dependencyTypesNot: ['npm', 'npm-dev', 'npm-peer', 'npm-optional']}
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {path: '^src/'},
      to: {couldNotResolve: true}
    },
    {
      name: 'no-tests-from-src',
      severity: 'error',
      comment: 'The library never imports its tests, benchmarks or scripts.',
      from: {path: '^src/'},
      to: {path: '^(?:test|bench|scripts)/'}
    },
    {
      name: 'render-entry-has-no-parser',
      severity: 'error',
      comment:
        'okr-content/html (src/html/render.ts) is the render-only browser entry: nothing it reaches may import a parser or a hast serializer (the 6 KB budget).',
      from: {path: '^src/html/render\\.ts$'},
      to: {
        reachable: true,
        path: 'node_modules/(?:remark|micromark|mdast-util-from-markdown|parse5|hast-util-from-html|hast-util-to-html|hastscript|unified|commander)'
      }
    }
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings']
    }
  }
}
