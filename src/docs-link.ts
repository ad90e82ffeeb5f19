/**
 * Which link URLs name a Feishu/Lark cloud document, so that a link to one
 * becomes a `docsLink` element when Markdown or HTML is read. Shared by both
 * readers, so that the two formats agree.
 */
export type DocsLinkOption = boolean | RegExp | ((url: string) => boolean)

/**
 * Documents on Feishu and Lark hosts: `https://<tenant>.feishu.cn/docx/…`,
 * `…larksuite.com/wiki/…`, and the other document kinds (sheets, base,
 * mindnotes, slides, file…).
 */
export const defaultDocsUrl =
  /^https?:\/\/(?:[\w-]+\.)*(?:feishu\.cn|feishu\.net|larksuite\.com|larkoffice\.com|feishu-boe\.cn|larksuite-boe\.com)\/(?:docx|docs|doc|wiki|sheets|sheet|base|bitable|mindnotes|mindnote|slides|file|minutes)\/[^\s]+$/i

/** The test the `docsLinks` option describes (`true`/absent: {@link defaultDocsUrl}). */
export function docsUrlTest(option: DocsLinkOption | undefined): (url: string) => boolean {
  if (option === undefined || option === true) return (url) => defaultDocsUrl.test(url)
  if (option === false) return () => false
  if (option instanceof RegExp) return (url) => option.test(url)
  return option
}
