import type {Image} from '../model/types.js'
import {readTextCss} from './css/text.js'
import {openTag} from './html-tag.js'

/**
 * Images. One with only a `src` is a plain `![](src)`; one that carries a
 * `fileToken` or dimensions is an `<img>` tag, which every viewer shows:
 * `<img src="…" data-file-token="…" width="458" height="372">`.
 */
export function needsImgTag(image: Image): boolean {
  return image.fileToken !== undefined || image.width !== undefined || image.height !== undefined || !image.src
}

export function imgTag(image: Image): string {
  return openTag('img', {
    src: image.src,
    'data-file-token': image.fileToken,
    width: image.width === undefined ? undefined : String(image.width),
    height: image.height === undefined ? undefined : String(image.height)
  })
}

/**
 * The image of an `<img>` tag in Markdown's raw HTML: `data-file-token`,
 * `src`, and the size both readers read (`imageSize`).
 */
export function imageFromAttributes(attributes: Record<string, string>): Image | undefined {
  const image: Image = {}
  if (attributes['data-file-token']) image.fileToken = attributes['data-file-token']
  if (attributes.src) image.src = attributes.src
  if (!image.fileToken && !image.src) return undefined
  const css = attributes.style === undefined ? undefined : readTextCss(attributes.style).declarations
  const get = (name: string) => (Object.hasOwn(attributes, name) ? attributes[name] : undefined)
  return withSize(image, get, css)
}

/**
 * `image` with the size of an `<img>`, for both readers: CSS `width` and
 * `height` in px first, else the attributes. A size is a positive decimal
 * number, `px` allowed (`120`, `120px`, `0.5`); anything else is no size
 * (`auto`, `50%`, `0`, and `0x10`, which `Number()` would read as 16).
 */
export function withSize(image: Image, attribute: (name: string) => string | undefined, css: Readonly<Record<string, string>> | undefined): Image {
  const width = size(css?.width) ?? size(attribute('width'))
  const height = size(css?.height) ?? size(attribute('height'))
  if (width !== undefined) image.width = width
  if (height !== undefined) image.height = height
  return image
}

const decimal = /^\+?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/

function size(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const text = value.trim().toLowerCase().replace(/px$/, '')
  if (!decimal.test(text)) return undefined
  const number = Number(text)
  return number > 0 && Number.isFinite(number) ? number : undefined
}
