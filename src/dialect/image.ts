import type {Image} from '../model/types.js'
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

export function imageFromAttributes(attributes: Record<string, string>): Image | undefined {
  const image: Image = {}
  if (attributes['data-file-token']) image.fileToken = attributes['data-file-token']
  if (attributes.src) image.src = attributes.src
  const width = dimension(attributes.width)
  const height = dimension(attributes.height)
  if (width !== undefined) image.width = width
  if (height !== undefined) image.height = height
  return image.fileToken || image.src ? image : undefined
}

function dimension(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value.trim().replace(/px$/i, ''))
  return Number.isFinite(number) && number > 0 ? number : undefined
}
