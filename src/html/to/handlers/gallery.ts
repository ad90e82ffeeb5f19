import type {Element, Properties} from 'hast'
import type {Gallery, Image} from '../../../model/types.js'
import {element, type WriterState} from '../state.js'

/** A gallery: a `<p>` holding only its images (readers make consecutive images one gallery). */
export function gallery(state: WriterState, gallery: Gallery, where: string): Element {
  const images: Element[] = []
  gallery.imageList.forEach((item, index) => {
    const node = image(state, item, `${where}.gallery.imageList[${index}]`)
    if (node) images.push(node)
  })
  return element('p', state.inline ? {} : {className: [state.classPrefix + 'gallery']}, images)
}

/**
 * `<img src width height data-file-token alt="">`. An image known only by its
 * `fileToken` (no URL to show) is written without `src`; an image whose `src`
 * is outside the policy keeps its `fileToken`, or is dropped.
 */
export function image(state: WriterState, image: Image, where: string): Element | undefined {
  const src = image.src === undefined ? undefined : state.safeUrl(image.src, 'image', where)
  if (src === undefined && !image.fileToken) return undefined
  const properties: Properties = {}
  if (src !== undefined) properties.src = src
  properties.alt = ''
  if (image.width !== undefined) properties.width = String(image.width)
  if (image.height !== undefined) properties.height = String(image.height)
  if (image.fileToken) properties.dataFileToken = image.fileToken
  return element('img', properties)
}
