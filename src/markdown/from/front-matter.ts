import type {RootContent} from 'mdast'
import type {Position} from 'unist'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {frontmatter} from 'micromark-extension-frontmatter'

/** YAML (`---`) or TOML (`+++`) front matter at the top of a document, as remark-frontmatter reads it. */
export interface FrontMatter {
  type: 'yaml' | 'toml'
  /** The text between the fences, as written (parse it with a YAML or TOML library). */
  value: string
  position: Position
}

declare module 'vfile' {
  interface DataMap {
    /** The front matter of the Markdown read (`markdownToContent`, `remarkOkrContent` after remark-frontmatter). */
    frontMatter: {type: 'yaml' | 'toml'; value: string}
  }
}

const extensions = [frontmatter(['yaml', 'toml'])]
const mdastExtensions = [frontmatterFromMarkdown(['yaml', 'toml'])]
const openingFence = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/
const lineEnding = /\r\n|\r|\n/g

/**
 * The front matter a document starts with, if any: the closing fence is
 * found line by line (linear), and micromark-extension-frontmatter decides
 * on that stretch alone whether it is front matter.
 */
export function readFrontMatter(source: string): FrontMatter | undefined {
  const opening = openingFence.exec(source)
  if (!opening) return undefined
  const fence = new RegExp(`^${opening[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*$`)
  lineEnding.lastIndex = opening[0].length
  let start = opening[0].length
  for (;;) {
    const match = lineEnding.exec(source)
    const end = match ? match.index : source.length
    if (fence.test(source.slice(start, end))) {
      // `toml` is not in mdast's node types: read the node as what it is.
      const head = fromMarkdown(source.slice(0, end), {extensions, mdastExtensions}).children[0] as {type: string; value?: string; position?: Position} | undefined
      if ((head?.type === 'yaml' || head?.type === 'toml') && head.position?.end.offset === end) {
        return {type: head.type, value: head.value ?? '', position: head.position}
      }
      return undefined
    }
    if (!match) return undefined
    start = lineEnding.lastIndex
  }
}

/**
 * `source` with the front matter's characters turned into spaces: the same
 * lines and offsets (positions stay true), read as blank lines.
 */
export function withoutFrontMatter(source: string, matter: FrontMatter): string {
  const end = matter.position.end.offset!
  return source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end)
}

/** The node remark-frontmatter gives (`toml` is not in mdast's node types). */
export function frontMatterNode(matter: FrontMatter): RootContent {
  return {type: matter.type, value: matter.value, position: matter.position} as RootContent
}
