import type {
  Block,
  Color,
  Content,
  Element,
  GalleryBlock,
  Image,
  List,
  ParagraphBlock,
  TextStyle
} from './types.js'

/** Small builders for trees, for tests and for the converters. */
export function content(...blocks: Block[]): Content {
  return {blocks}
}

export function paragraph(elements: Element[] = [], list?: List): ParagraphBlock {
  return {type: 'paragraph', paragraph: list ? {style: {list}, elements} : {elements}}
}

export function gallery(...imageList: Image[]): GalleryBlock {
  return {type: 'gallery', gallery: {imageList}}
}

export function textRun(text: string, style?: TextStyle): Element {
  return {type: 'textRun', textRun: style ? {text, style} : {text}}
}

export function docsLink(url: string, title?: string): Element {
  return {type: 'docsLink', docsLink: title === undefined ? {url} : {url, title}}
}

export function person(openId: string, userId?: string): Element {
  return {type: 'person', person: userId === undefined ? {openId} : {openId, userId}}
}

export function rgba(red: number, green: number, blue: number, alpha = 1): Color {
  return {red, green, blue, alpha}
}
