/** The options of the HTML reader and writer (README § HTML has the tables). */
import type {MessageOptions} from '../messages.js'
import type {DocsLinkOption} from '../dialect/docs-link.js'
import type {PersonOptions} from '../dialect/mention.js'

export interface HtmlToContentOptions extends MessageOptions {
  /** Which unmarked links name a cloud document (default: Feishu/Lark document URLs). */
  docsLinks?: DocsLinkOption | undefined
  /** Class prefix of HTML written in class mode (default `'okr-'`). */
  classPrefix?: string | undefined
}

export interface ContentToHtmlOptions extends MessageOptions, PersonOptions {
  /** `'inline'` (default): `style` attributes; `'classes'`: class names for your CSS. */
  styles?: 'inline' | 'classes' | undefined
  /** Prefix of the class names (default `'okr-'`). */
  classPrefix?: string | undefined
  /** Write a whole document instead of a fragment. */
  document?: boolean | {title?: string | undefined; lang?: string | undefined} | undefined
  /** `target` of links. */
  linkTarget?: string | undefined
  /** `rel` of links (default `'noopener noreferrer'` when `linkTarget` opens another browsing context). */
  linkRel?: string | undefined
  /** The docs-URL test of the reader (default: Feishu/Lark document URLs). */
  docsLinks?: DocsLinkOption | undefined
}
