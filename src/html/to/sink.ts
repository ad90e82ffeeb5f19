/** An element's attributes, in the order they are written: name → value (`true`: the name alone). */
export type Attributes = Readonly<Record<string, string | true>>

/** An element made ready by a sink (`sink.tag`), to open, close or write as void, any number of times. */
export interface Tag {
  readonly tagName: string
}

/**
 * Where the HTML writer's output goes. The writer (`blocks.ts`,
 * `phrasing.ts`) decides every element and attribute; a sink only records
 * them: the string sink as HTML text (`contentToHtml`), the hast sink as a
 * tree (`contentToHast`), so both give the same HTML by construction.
 *
 * An element is made ready once (`tag`) and then written as often as it
 * occurs: the writer makes its constant elements (a paragraph, a list item,
 * `<strong>`…) once per document, so that a sink serializes them once.
 */
export interface HtmlSink<Result> {
  /** Sinks of one kind make the same tags, which any of them may reuse (tags are immutable). */
  readonly kind: string
  tag(tagName: string, attributes?: Attributes): Tag
  doctype(): void
  open(tag: Tag): void
  close(tag: Tag): void
  /** A void element: `br`, `img`, `input`, `meta`. */
  empty(tag: Tag): void
  /** Open an element whose attributes are known only when it closes (a list: its items decide). */
  openDeferred(tagName: string): number
  closeDeferred(handle: number, tag: Tag): void
  /**
   * Text shown in a paragraph: each `\n` is a `<br>`. `plain`: the writer
   * found nothing in it to escape or break (no `&`, `<`, CR or LF).
   */
  text(value: string, plain?: boolean): void
  /** Text as it is: a `<title>`, a `<style>`. */
  plain(value: string): void
  end(): Result
}
