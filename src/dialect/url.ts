/**
 * The one URL policy of the library (README § Security). Both readers refuse,
 * and report, every URL outside it; HTML output drops it, and the request
 * builders (v1 and v2, `feishu/request-urls.ts`) reject it.
 *
 * - links: `http:`, `https:`, `mailto:`, and relative URLs;
 * - images: `http:`, `https:`, relative URLs, and `data:` URLs of raster
 *   images (`image/png`, `jpeg`, `gif`, `webp`, `avif`, `bmp`): an `<img>`
 *   cannot run script, and SVG is left out because it can.
 *
 * Relative means on the page's own host: a path (`/a`, `a/b`, `../a`), a
 * query or a fragment. A URL that starts with `//` (protocol-relative: another
 * host) or `\` (a Windows UNC path `\\host\share`: desktop clients that open
 * it may connect to that host over SMB with the user's credentials) is
 * outside the policy; browsers read `\` as `/`, so `/\host` is `//host`.
 *
 * The URL is read the way browsers read it: ASCII tabs and newlines are
 * removed and leading/trailing C0 controls and spaces are ignored, so
 * `java\tscript:`, ` javascript:` and `\t//host` are caught. Character
 * references must be decoded before (parse5, mdast and the raw-HTML tokenizer
 * do that).
 */
export type UrlUse = 'link' | 'image'

const linkSchemes = new Set(['http', 'https', 'mailto'])
const imageSchemes = new Set(['http', 'https'])
const rasterDataImage = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif|bmp)[;,]/i
const scheme = /^[a-z][a-z\d+.-]*:/i
/**
 * The start of a URL that is not relative to the page's host: what names
 * another host (`//host`, `\\host`, `/\host`, any leading `\`), or a colon
 * before the first `/?#` after what is then its scheme (group 1: only the
 * schemes above pass, so its shape needs no other check).
 */
const urlStart = /^(?:\\|\/[/\\]|([^/?#]*):)/

export function isSafeUrl(url: string, use: UrlUse): boolean {
  // What browsers strip from a URL before reading it.
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  const match = urlStart.exec(cleaned)
  if (!match) return true
  const name = match[1]?.toLowerCase()
  if (use === 'image') return imageSchemes.has(name!) || rasterDataImage.test(cleaned)
  return linkSchemes.has(name!)
}

/**
 * A URL inside the policy that has no scheme: it means something only where
 * a page has a base to resolve it against (HTML output, the unified plugins),
 * not in the Feishu clients (the request builders report it). Inside the
 * policy, a URL's controls and spaces can hide no scheme (`\tht tp:` has
 * one), so all of them are taken out here.
 */
export function isRelativeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  return isSafeUrl(url, 'link') && !scheme.test(url.replace(/[\u0000-\u0020]/g, ''))
}
