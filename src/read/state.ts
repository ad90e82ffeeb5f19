import type {Node} from 'unist'
import type {Report} from '../messages.js'
import type {Block, Element, TextStyle} from '../model/types.js'
import {hasStyle, sameStyle} from '../model/style.js'
import {maxIndentLevel} from '../model/validate.js'

/**
 * What both readers (Markdown, HTML) hold while they read, and the rules
 * they share: the blocks read so far, how losses are reported, which links
 * are documents, the depth limit, how text joins a run and how a trailing
 * line break shows. Each reader extends it with what its format needs.
 */
export abstract class ReaderState {
  readonly blocks: Block[] = []
  readonly report: Report
  readonly isDocsUrl: (url: string) => boolean

  constructor(report: Report, isDocsUrl: (url: string) => boolean) {
    this.report = report
    this.isDocsUrl = isDocsUrl
  }

  /** An `indentLevel` deeper than the format allows is the deepest (reported, `list-depth`). */
  clampLevel(level: number, node: Node | undefined): number {
    if (level <= maxIndentLevel) return level
    this.reportDepth(node)
    return maxIndentLevel
  }

  /** Report `list-depth` at `node` (a reader may report it once per node). */
  protected reportDepth(node: Node | undefined): void {
    this.report('list-depth', node)
  }
}

/**
 * Add `text` in `style` after `last`: it joins `last` when that is a text run
 * of the same style (returns `undefined`), else it is a new run (returned).
 */
export function appendText(last: Element | undefined, text: string, style: TextStyle): Element | undefined {
  if (last?.type === 'textRun' && sameStyle(last.textRun.style, style)) {
    last.textRun.text += text
    return undefined
  }
  return {type: 'textRun', textRun: hasStyle(style) ? {text, style: {...style}} : {text}}
}

/**
 * A line break that ends a paragraph shows nothing (browsers draw no empty
 * line after a last `<br>`), so it gives no "\n": take it off the `last`
 * element. Returns `true` when that leaves an empty run, to be removed.
 */
export function dropTrailingBreak(last: Element | undefined): boolean {
  if (last?.type !== 'textRun' || !last.textRun.text.endsWith('\n')) return false
  last.textRun.text = last.textRun.text.slice(0, -1)
  return last.textRun.text === ''
}
