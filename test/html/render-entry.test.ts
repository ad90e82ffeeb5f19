import path from 'node:path'
import {gzipSync} from 'node:zlib'
import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'
import * as render from '../../src/html/render.js'
import {contentToHtml, defaultCss, stylesheet} from '../../src/html/index.js'
import {isSafeUrl} from '../../src/url.js'

/**
 * `okr-content/html` (src/html/render.ts): render only. As a browser bundle
 * (esbuild: bundle, minify, ESM, platform browser) it pulls in no parser and
 * no hast serializer, and stays within 6 KB min+gzip.
 */
const root = path.resolve(import.meta.dirname, '../..')
const limit = 6 * 1024
const parsers = /remark|micromark|mdast-util-from|parse5|hast-util-from|hast-util-to-html|unified/

describe('render-only entry (okr-content/html)', () => {
  it('bundles without parsers, within 6 KB min+gzip', async () => {
    const result = await build({
      entryPoints: [path.join(root, 'src/html/render.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'error'
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((input) => parsers.test(input))).toEqual([])
    const code = result.outputFiles[0]!.contents
    const gzip = gzipSync(code, {level: 9}).length
    console.log(`okr-content/html: minified ${code.length} B, min+gzip ${gzip} B (limit ${limit} B); inputs:\n  ${inputs.join('\n  ')}`)
    expect(gzip).toBeLessThanOrEqual(limit)
  })

  it('exports the writer, the stylesheet and the URL policy of the main entry', () => {
    expect(Object.keys(render).sort()).toEqual(['contentToHtml', 'defaultCss', 'isSafeUrl', 'stylesheet'])
    expect(render.stylesheet).toBe(stylesheet)
    expect(render.defaultCss).toBe(defaultCss)
    expect(render.isSafeUrl).toBe(isSafeUrl)
  })

  it('writes what the main entry writes', () => {
    const tree = {blocks: [{type: 'paragraph' as const, paragraph: {elements: [{type: 'textRun' as const, textRun: {text: 'a <b>', style: {bold: true}}}]}}]}
    expect(render.contentToHtml(tree, {styles: 'classes'})).toBe(contentToHtml(tree, {styles: 'classes'}))
  })

  it('says so, without a crash from deep inside, when a tree is malformed', () => {
    expect(() => render.contentToHtml({blocks: [{type: 'paragraph', paragraph: {}}]} as never)).toThrow(
      /^okr-content\/html: cannot write this tree .*validateContent/
    )
  })
})
