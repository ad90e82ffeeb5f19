/**
 * Seeded generator of realistic OKR progress records for the benchmarks.
 * Deterministic (mulberry32, never Math.random): the same seed and size give
 * the same document, so the generator is committed and its output is not.
 *
 * Every construct appears: paragraphs with bold / strike / text and back
 * colors / links that start or end mid-word, docsLinks (with and without a
 * title), mentions, bullet / number / checkBox / checkedBox / indent lists
 * nested with level jumps, and galleries.
 */
import {contentToHtml} from '../src/html/index.js'
import {contentToMarkdown} from '../src/markdown/index.js'
import type {Block, Color, Content, Element, ListType, TextStyle} from '../src/model/types.js'

export type DocumentName = 'small' | 'medium' | 'large'

export interface GeneratedDocument {
  name: DocumentName
  content: Content
  json: string
  markdown: string
  html: string
}

/** Target size of each document, in bytes of Markdown. */
const targetBytes: Record<DocumentName, number> = {
  small: 2 * 1024,
  medium: 100 * 1024,
  large: 2 * 1024 * 1024
}

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const words = (
  'payment retry flow rollout traffic latency dashboard incident ledger queue migration review security ' +
  'runbook vendor client fallback release notes design owner decision budget hiring onboarding metrics ' +
  'conversion funnel experiment cohort retention churn pipeline deploy canary rollback alert oncall ' +
  'quarter objective key result progress blocker risk mitigation customer feedback roadmap milestone'
).split(' ')
const cjk = '重试 成功率 已完成 下周计划 风险 进展 目标 关键结果 上线 灰度 延迟 复盘 客户 反馈'.split(' ')
const palette: Color[] = [
  {red: 216, green: 57, blue: 49, alpha: 1},
  {red: 222, green: 120, blue: 2, alpha: 1},
  {red: 46, green: 161, blue: 33, alpha: 1},
  {red: 36, green: 91, blue: 219, alpha: 1},
  {red: 100, green: 37, blue: 208, alpha: 1}
]
const backPalette: Color[] = [
  {red: 251, green: 191, blue: 188, alpha: 1},
  {red: 254, green: 212, blue: 164, alpha: 1},
  {red: 183, green: 237, blue: 177, alpha: 0.8},
  {red: 186, green: 206, blue: 253}
]

class Generator {
  private readonly random: () => number
  constructor(seed: number) {
    this.random = mulberry32(seed)
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.random() < p
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!
  }

  hex(length: number): string {
    let out = ''
    for (let i = 0; i < length; i++) out += '0123456789abcdef'[this.int(0, 15)]
    return out
  }

  token(length: number): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    let out = ''
    for (let i = 0; i < length; i++) out += alphabet[this.int(0, alphabet.length - 1)]
    return out
  }

  phrase(min: number, max: number): string {
    const count = this.int(min, max)
    const parts: string[] = []
    for (let i = 0; i < count; i++) {
      if (this.chance(0.08)) parts.push(this.pick(cjk))
      else if (this.chance(0.05)) parts.push(`${this.int(1, 99)}%`)
      else parts.push(this.pick(words))
    }
    return parts.join(' ')
  }

  style(): TextStyle {
    const style: TextStyle = {}
    const roll = this.int(0, 6)
    if (roll === 0 || roll === 5) style.bold = true
    if (roll === 1 || roll === 5) style.strikeThrough = true
    if (roll === 2 || roll === 6) style.textColor = this.pick(palette)
    if (roll === 3 || roll === 6) style.backColor = this.pick(backPalette)
    if (roll === 4) style.link = {url: `https://example.com/${this.pick(words)}/${this.int(1, 9999)}?q=${this.pick(words)}`}
    return style
  }

  /** The inline content of one paragraph: plain text with styled runs, some mid-word. */
  elements(min: number, max: number): Element[] {
    const out: Element[] = []
    const runs = this.int(min, max)
    for (let i = 0; i < runs; i++) {
      const roll = this.random()
      if (roll < 0.06) {
        out.push({type: 'person', person: {openId: `ou_${this.hex(32)}`}})
      } else if (roll < 0.11) {
        const url = `https://example.${this.pick(['feishu.cn', 'larksuite.com'])}/${this.pick(['docx', 'wiki', 'sheets'])}/${this.token(12)}`
        out.push({type: 'docsLink', docsLink: this.chance(0.7) ? {url, title: this.phrase(1, 4)} : {url}})
      } else if (roll < 0.45) {
        // Styled run, often glued to the surrounding words (mid-word).
        const midWord = this.chance(0.4)
        const text = midWord ? this.pick(words).slice(0, this.int(1, 4)) : this.phrase(1, 4)
        out.push({type: 'textRun', textRun: {text, style: this.style()}})
        if (midWord) out.push({type: 'textRun', textRun: {text: this.pick(words) + ' '}})
      } else {
        out.push({type: 'textRun', textRun: {text: `${this.phrase(2, 12)} `}})
      }
    }
    // No trailing space at the end of a paragraph (Markdown would escape it).
    const last = out.at(-1)
    if (last?.type === 'textRun' && !last.textRun.style && last.textRun.text.endsWith(' ')) {
      last.textRun.text = last.textRun.text.trimEnd() || 'x'
    }
    return out
  }

  paragraph(): Block {
    return {type: 'paragraph', paragraph: {elements: this.elements(2, 7)}}
  }

  heading(): Block {
    return {
      type: 'paragraph',
      paragraph: {elements: [{type: 'textRun', textRun: {text: this.phrase(2, 5), style: {bold: true}}}]}
    }
  }

  gallery(): Block {
    const images = this.int(1, 3)
    const imageList = []
    for (let i = 0; i < images; i++) {
      imageList.push({fileToken: `box${this.token(20)}`, width: this.int(200, 1600), height: this.int(100, 1200)})
    }
    return {type: 'gallery', gallery: {imageList}}
  }

  /**
   * A list of `items` items, nested up to `maxDepth`, with level jumps
   * (a child may start deeper than parent + 1) and mixed kinds per level.
   */
  list(items: number, maxDepth: number): Block[] {
    const out: Block[] = []
    const kinds: ListType[] = ['bullet', 'number', 'checkBox', 'checkedBox', 'indent']
    const kindAt: ListType[] = []
    const numberAt: number[] = []
    let level = 1
    kindAt[1] = this.pick(kinds)
    numberAt[1] = 0
    for (let i = 0; i < items; i++) {
      const roll = this.random()
      if (roll < 0.3 && level < maxDepth) {
        level += this.chance(0.15) && level + 2 <= maxDepth ? 2 : 1 // level jump
        kindAt[level] = this.pick(kinds)
        numberAt[level] = 0
      } else if (roll < 0.5 && level > 1) {
        level = this.int(1, level - 1)
      }
      const kind = kindAt[level] ?? 'bullet'
      const list = kind === 'number' ? {type: kind, indentLevel: level, number: (numberAt[level] = (numberAt[level] ?? 0) + 1)} : {type: kind, indentLevel: level}
      out.push({type: 'paragraph', paragraph: {style: {list}, elements: this.elements(1, 4)}})
    }
    return out
  }

  /** One section of a report: a bold heading, a paragraph or two, a list, sometimes a gallery. */
  section(long: boolean): Block[] {
    const blocks = [this.heading()]
    for (let i = this.int(1, 2); i > 0; i--) blocks.push(this.paragraph())
    blocks.push(...(long ? this.list(this.int(150, 400), 8) : this.list(this.int(3, 12), 4)))
    if (this.chance(0.3)) blocks.push(this.gallery())
    if (this.chance(0.5)) blocks.push(this.paragraph())
    return blocks
  }
}

/** A content tree whose Markdown is about `bytes` long. `long`: long nested lists. */
export function generateContent(bytes: number, seed = 1, long = false): Content {
  const generator = new Generator(seed)
  const blocks: Block[] = []
  let size = 0
  while (size < bytes) {
    const section = generator.section(long)
    const sectionSize = contentToMarkdown({blocks: section}).length + 1
    if (blocks.length > 0 && size + sectionSize > bytes * 1.1) {
      // Trim the last section to land near the target.
      const room = bytes - size
      const cut = Math.max(1, Math.floor((section.length * room) / sectionSize))
      blocks.push(...section.slice(0, cut))
      break
    }
    blocks.push(...section)
    size += sectionSize
  }
  return {blocks}
}

export function generateDocument(name: DocumentName, seed = 20240607): GeneratedDocument {
  const content = generateContent(targetBytes[name], seed, name === 'large')
  return {
    name,
    content,
    json: JSON.stringify(content),
    markdown: contentToMarkdown(content),
    html: contentToHtml(content)
  }
}
