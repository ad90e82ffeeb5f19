import type {Attributes, HtmlSink} from './sink.js'

interface DocumentSettings {
  title?: string | undefined
  lang?: string | undefined
  /** A style sheet for the page's `<style>`. */
  css?: string | undefined
}

/** A standalone page around what `body` writes: doctype, `<html lang>`, `<head>` (charset, viewport, title, style). */
export function writeDocument(sink: HtmlSink<unknown>, settings: DocumentSettings, body: () => void): void {
  const element = (tagName: string, attributes: Attributes | undefined, content: () => void) => {
    const tag = sink.tag(tagName, attributes)
    sink.open(tag)
    content()
    sink.close(tag)
  }
  sink.doctype()
  element('html', {lang: String(settings.lang ?? 'en')}, () => {
    element('head', undefined, () => {
      sink.empty(sink.tag('meta', {charset: 'utf-8'}))
      sink.empty(sink.tag('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}))
      element('title', undefined, () => sink.plain(settings.title ?? ''))
      if (settings.css) element('style', undefined, () => sink.plain(settings.css!))
    })
    element('body', undefined, body)
  })
}
