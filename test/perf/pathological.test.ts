/**
 * Linear time on the pathological inputs of the commonmark.js, cmark and
 * markdown-it test suites, of issue 10 and of issue 17 (`shapes.ts`): each as it is and with a link
 * reference definition appended (a document with definitions is read like
 * any other). Each must grow at most 2.5× for 2× input (`timing.ts`), never
 * throw, and give content that `validateContent` accepts.
 */
import {describe, expect, it} from 'vitest'
import {markdownToContent} from '../../src/markdown/index.js'
import {validateContent} from '../../src/model/validate.js'
import {markdownShapes} from './shapes.js'
import {expectLinear, growth} from './timing.js'

/**
 * [name, generator of about n characters, n] (`shapes.ts`). n covers a few
 * pieces of text at the default limits (`text-pieces.ts`: within a piece
 * micromark's cost may grow faster than its length), and keeps each
 * conversion near a tenth of a second.
 */
const cases = markdownShapes.filter((shape) => shape.growthN !== undefined).map((shape) => [shape.name, shape.make, shape.growthN!] as const)

const definition = '\n\n[x]: https://y'

describe('markdownToContent runs in linear time on pathological input', {retry: 2}, () => {
  describe.each([
    ['as it is', ''],
    ['with a definition appended', definition]
  ])('%s', (_, suffix) => {
    it.each(cases)('%s', (_name, make, n) => {
      expectLinear(growth((size: number) => make(size) + suffix, markdownToContent, n, 3))
    }, 120_000)
  })
})

describe('markdownToContent on pathological input never throws and gives valid content', () => {
  it.each(cases)('%s', (_name, make, n) => {
    for (const markdown of [make(n), make(n) + definition]) {
      expect(() => validateContent(markdownToContent(markdown))).not.toThrow()
    }
  }, 120_000)
})
