import type {Text} from 'mdast'
import type {Info, State} from 'mdast-util-to-markdown'

/**
 * GFM turns `www.x.com`, `http://x.y` and `a@b.co` in text into links, and
 * does it after escapes are resolved (mdast-util-gfm-autolink-literal runs
 * on text nodes), so no backslash or character reference keeps them text.
 * An empty comment, `<!---->`, splits the text node and so the match; every
 * viewer hides it and the reader ignores it. Inside a link there is nothing
 * to split: links do not nest.
 */
const literalStart = /(?<=www)(?=\.)|(?<=https?)(?=:\/\/)|(?<=[\w+\-.])(?=@[\w-])/gi

export const splitMarker = '<!---->'

export function text(node: Text, _: unknown, state: State, info: Info): string {
  if (state.stack.includes('link') || state.stack.includes('autolink') || !/www|http|@/i.test(node.value)) return state.safe(node.value, info)
  const parts = node.value.split(literalStart)
  return parts
    .map((part, index) =>
      state.safe(part, {
        ...info,
        before: index === 0 ? info.before : '>',
        after: index === parts.length - 1 ? info.after : '<'
      })
    )
    .join(splitMarker)
}
