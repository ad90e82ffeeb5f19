/**
 * Linear time on pathological input (issue 5, Robustness). Each check times
 * the converter on an input of size n and of size 2n in the same run (after
 * a warm-up; the best of up to 7 samples each, taken in turn, a sample
 * repeating the conversion for at least 50 ms) and fails beyond 2.5× growth. No absolute
 * times: the ratio is what a slow machine cannot fake. Also: nothing overflows the stack (no RangeError).
 */
import {parseFragment} from 'parse5'
import {describe, expect, it} from 'vitest'
import {contentToHtml, htmlToContent} from '../../src/html/index.js'
import {contentToMarkdown, markdownToContent} from '../../src/markdown/index.js'
import type {Block, Content, ListType} from '../../src/model/types.js'
import {bestOfBoth, expectLinear, growth, maxGrowth} from './timing.js'

const line = 'word **bold** [link](https://a.b) _em_ <at id="ou_1"></at> 中文 '
/** A single line of about `bytes` characters. */
const singleLine = (text: string) => (bytes: number) => text.repeat(Math.ceil(bytes / text.length))
/** `depth` list items, each indented one level more than the last. */
const indentedList = (depth: number) =>
  Array.from({length: depth}, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n')

describe('markdownToContent runs in linear time', {retry: 2}, () => {
  it.each<[string, (n: number) => string, number]>([
    ['nested brackets [×n', (n) => '['.repeat(n) + 'a', 20_000],
    ['unclosed links [a](×n', (n) => '[a]('.repeat(n), 4_000],
    ['emphasis markers *a_×n', (n) => '*a_'.repeat(n), 2_000],
    ['strong markers **a×n', (n) => '**a'.repeat(n), 2_000],
    ['underscore runs _×n with words', (n) => 'a_'.repeat(n), 10_000],
    ['<×n', (n) => '<'.repeat(n), 50_000],
    ['&×n', (n) => '&'.repeat(n), 50_000],
    ['a single line (512 KB vs 1 MB)', singleLine(line), 512 * 1024]
  ])('%s', (_, make, n) => {
    expectLinear(growth(make, markdownToContent, n))
  }, 120_000)

  it('deep list nesting with increasing indentation (bytes grow 2×)', () => {
    // Bytes grow with depth², so depth × √2 doubles the input.
    const depth = 200
    markdownToContent(indentedList(25))
    const a = indentedList(depth)
    const b = indentedList(Math.round(depth * Math.SQRT2))
    const [small, large] = bestOfBoth(() => markdownToContent(a), () => markdownToContent(b))
    console.log(`depth ${depth} (${a.length} B): ${Math.round(small)} ms → ${b.length} B: ${Math.round(large)} ms`)
    expectLinear({n: depth, small, large, ratio: Number((large / small).toFixed(2))})
  }, 120_000)

  it('deep list nesting on one line (- ×n)', () => {
    expectLinear(growth((n) => '- '.repeat(n) + 'x', markdownToContent, 1_000))
  }, 120_000)
})

describe('markdownToContent does not overflow the stack', () => {
  it.each<[string, string]>([
    ['10,000 nested list levels on one line', '- '.repeat(10_000) + 'x'],
    ['10,000 nested block quotes', '>'.repeat(10_000) + ' x'],
    ['10,000 nested brackets', '['.repeat(10_000) + 'a' + ']'.repeat(10_000)],
    ['10,000 nested emphasis', '*'.repeat(10_000) + 'a' + '*'.repeat(10_000)]
  ])('%s', (_, markdown) => {
    expect(() => markdownToContent(markdown)).not.toThrow()
  }, 120_000)
})

describe('htmlToContent runs in linear time', {retry: 2}, () => {
  // Deep nesting: parse5 itself (the parser the issue prescribes) does not
  // keep a constant cost per level on trees this deep in V8 (its own growth
  // swings from 2× to over 3× between runs: a heap of 20,000 nested live
  // elements). So these are held to linear, or to no more growth than
  // parse5 shows in the same run, or to no more time at 2n than parse5 alone
  // takes at 2n (with +25%), whichever is looser. The last one since
  // 2026-12-08: at 10,000 deep the reader takes 4 ms where parse5 alone
  // takes 20, so a garbage-collection cliff between 10,000 and 20,000 live
  // elements showed as 4.5–5.9× growth (20 ms at 2n, parse5 alone 50–60 ms)
  // and failed most runs on an idle machine, at c4aab6d as well.
  it.each<[string, (n: number) => string]>([
    ['nested <ul><li> (10,000 deep vs 20,000)', (n) => '<ul><li>'.repeat(n) + 'x'],
    ['nested <div> (10,000 deep vs 20,000)', (n) => '<div>'.repeat(n) + 'x'],
    ['nested <span> (10,000 deep vs 20,000)', (n) => '<span>'.repeat(n) + 'x'],
    ['emphasis tags <b><i>a×n (20,000 deep vs 40,000)', (n) => '<b><i>a'.repeat(n)]
  ])('%s', (_, make) => {
    const ours = growth(make, htmlToContent, 10_000)
    const parser = growth(make, (html) => parseFragment(html, {sourceCodeLocationInfo: true}), 10_000)
    const bound = Math.max(maxGrowth, parser.ratio * 1.25, (parser.large * 1.25) / ours.small)
    expect(ours.ratio, `time grew ${ours.ratio}× for 2× input (${ours.large} ms at 2n); parse5 alone grew ${parser.ratio}× (${parser.large} ms at 2n)`).toBeLessThanOrEqual(bound)
  }, 120_000)

  it.each<[string, (n: number) => string, number]>([
    ['nested brackets [×n', (n) => '['.repeat(n), 1_000_000],
    ['<×n', (n) => '<'.repeat(n), 1_000_000],
    ['&×n', (n) => '&'.repeat(n), 500_000],
    // A row is one paragraph: the blocks and <br>s of its cells are line breaks in it (a <br> ending
    // each cell was once taken back off the row's text, once per cell).
    ['a row of n cells ending in <br>', (n) => '<table><tr>' + '<td><ul><li>a<br></li></ul></td>'.repeat(n), 20_000],
    ['a cell of n paragraphs and list items', (n) => '<table><tr><td>' + '<p>a</p><ol><li>b</li></ol>'.repeat(n), 20_000],
    [
      'a single line (512 KB vs 1 MB)',
      singleLine('word <b>bold</b> <a href="https://a.b">link</a> <span style="color:red">c</span> &amp; '),
      512 * 1024
    ]
  ])('%s', (_, make, n) => {
    expectLinear(growth(make, htmlToContent, n))
  }, 120_000)

  it('does not overflow the stack on 10,000-deep lists and elements', () => {
    for (const tag of ['ul><li', 'div', 'span', 'b', 'blockquote']) {
      expect(() => htmlToContent(`<${tag}>`.repeat(10_000) + 'x')).not.toThrow()
    }
  })
})

const kinds: ListType[] = ['bullet', 'number', 'checkBox', 'checkedBox', 'indent']

/** n blocks: paragraphs and lists of every kind, levels climbing to 16 and back. */
function blocks(n: number): Content {
  const out: Block[] = []
  for (let i = 0; i < n; i++) {
    if (i % 50 === 49) {
      out.push({type: 'gallery', gallery: {imageList: [{fileToken: `boxcn${i}`, width: 10, height: 10}]}})
      continue
    }
    const elements: Block & {type: 'paragraph'} = {
      type: 'paragraph',
      paragraph: {
        elements: [
          {type: 'textRun', textRun: {text: `item ${i} `}},
          {type: 'textRun', textRun: {text: 'bold', style: {bold: i % 2 === 0, link: i % 3 ? undefined : {url: 'https://a.b'}}}}
        ]
      }
    }
    if (i % 7) elements.paragraph.style = {list: {type: kinds[i % 5]!, indentLevel: 1 + (i % 16)}}
    out.push(elements)
  }
  return {blocks: out}
}

describe('content → Markdown / HTML runs in linear time on 100,000 blocks', {retry: 2}, () => {
  it('contentToMarkdown: 50,000 vs 100,000 blocks', () => {
    expectLinear(growth(blocks, contentToMarkdown, 50_000))
  }, 120_000)

  it('contentToHtml: 50,000 vs 100,000 blocks', () => {
    expectLinear(growth(blocks, contentToHtml, 50_000))
  }, 120_000)

  it('does not overflow the stack on 100,000 blocks, 16 levels deep', () => {
    const deep: Content = {
      blocks: Array.from({length: 100_000}, (_, i): Block => ({
        type: 'paragraph',
        paragraph: {style: {list: {type: 'bullet', indentLevel: 1 + (i % 16)}}, elements: [{type: 'textRun', textRun: {text: 'x'}}]}
      }))
    }
    expect(() => contentToMarkdown(deep)).not.toThrow()
    expect(() => contentToHtml(deep)).not.toThrow()
  }, 120_000)
})
