import type {Image} from '../../../model/types.js'
import {withSize} from '../../../dialect/image.js'
import {isSafeUrl} from '../../../dialect/url.js'
import {declarations, stringProperty} from '../style.js'
import type {Handler} from './types.js'

/**
 * `<img src width height data-file-token>`: an image of the gallery being
 * read (an image in text moves out into its own gallery, reported). Sizes
 * come from CSS `width`/`height` in px, else the attributes. A `src` outside
 * the policy is dropped (reported); an image with neither a safe `src` nor a
 * `fileToken` shows nothing and is dropped.
 */
export const image: Handler = (state, node, context) => {
  const image: Image = {}
  const fileToken = stringProperty(node, 'dataFileToken')
  if (fileToken) image.fileToken = fileToken
  const src = stringProperty(node, 'src')
  if (src !== undefined && src !== '') {
    if (isSafeUrl(src, 'image')) image.src = src
    else state.reportOnce('url', node, JSON.stringify(src.slice(0, 80)))
  }
  if (!image.src && !image.fileToken) return undefined
  withSize(image, (name) => stringProperty(node, name), declarations(node))
  if (stringProperty(node, 'alt') || stringProperty(node, 'title')) state.reportOnce('image-alt', node)
  state.image(image, context, node)
  return undefined
}
