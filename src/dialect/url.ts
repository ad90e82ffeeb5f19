/**
 * The one URL policy of the library (README § Security). Both readers refuse,
 * and report, every URL outside it; HTML output drops it, and the create
 * request (`progressRecordFromContent`) rejects it.
 *
 * - links: `http:`, `https:`, `mailto:`, and relative URLs;
 * - images: `http:`, `https:`, relative URLs, and `data:` URLs of raster
 *   images (`image/png`, `jpeg`, `gif`, `webp`, `avif`, `bmp`): an `<img>`
 *   cannot run script, and SVG is left out because it can.
 *
 * The scheme is read the way browsers read it: ASCII tabs and newlines are
 * removed and leading/trailing C0 controls and spaces are ignored, so
 * `java\tscript:` and ` javascript:` are caught. Character references must be
 * decoded before (parse5, mdast and the raw-HTML tokenizer do that).
 */
export type UrlUse = 'link' | 'image'

const linkSchemes = new Set(['http', 'https', 'mailto'])
const imageSchemes = new Set(['http', 'https'])
const rasterDataImage = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif|bmp)[;,]/i
const scheme = /^([a-z][a-z\d+.-]*):/i

export function isSafeUrl(url: string, use: UrlUse): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  const match = scheme.exec(cleaned)
  if (!match) {
    // No scheme: a relative URL, unless a colon hides before the first `/?#`
    // (then browsers would not read it as relative either).
    return !/^[^/?#]*:/.test(cleaned)
  }
  const name = match[1]!.toLowerCase()
  if (use === 'image') return imageSchemes.has(name) || rasterDataImage.test(cleaned)
  return linkSchemes.has(name)
}
