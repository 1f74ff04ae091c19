import type { Media } from '../../cms/payload-types'
import { publicPath } from '../../cms/shared/publicUrls'
import { type SiteSnapshot, byId } from './snapshot'

export type Picture = { src: string; srcset: string; width: number; height: number; alt: string }

/** A responsive image from the sizes Payload made with sharp, with its real width and height. */
export const pictureOf = (snapshot: SiteSnapshot, id: unknown): Picture | null => {
  const file: Media | undefined = byId(snapshot.media, id)
  if (!file?.filename || !file.width || !file.height) return null
  const sizes = Object.values(file.sizes ?? {}).filter((size): size is { filename: string; width: number; height: number } =>
    Boolean(size?.filename && size.width && size.height),
  )
  const candidates = [...sizes.filter((size) => size.width < (file.width as number)), { filename: file.filename, width: file.width, height: file.height }]
  return {
    src: publicPath.media(sizes.find((size) => size.width === 640)?.filename ?? file.filename),
    srcset: candidates.map((size) => `${publicPath.media(size.filename)} ${size.width}w`).join(', '),
    width: file.width,
    height: file.height,
    alt: file.decorative ? '' : (file.alt ?? ''),
  }
}
