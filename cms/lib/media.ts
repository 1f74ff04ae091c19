import type { SharpDependency } from 'payload'
import sharp, { type SharpOptions } from 'sharp'

/** About 40 megapixels: any honest photo fits; a decompression bomb does not. */
export const MAX_IMAGE_PIXELS = 40_000_000
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024
/** Said when a file is over the limit, whether the upload stream or the hook catches it. */
export const UPLOAD_TOO_LARGE = `This file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB, the limit. Make it smaller and upload it again.`

export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'] as const
export const DOCUMENT_MIME_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'text/csv',
] as const

export const isImageMimeType = (mimeType: string | null | undefined): boolean => Boolean(mimeType && (IMAGE_MIME_TYPES as readonly string[]).includes(mimeType))

/** Payload's image pipeline, with the pixel limit always applied. */
export const limitedSharp: SharpDependency = (input, options?: SharpOptions) => sharp(input, { ...options, limitInputPixels: MAX_IMAGE_PIXELS })

/**
 * Reads only the image header, so a huge image is refused before any pixel is decoded.
 * Returns a sentence for the uploader, or null when the image is acceptable.
 */
export const imageProblem = async (data: Buffer): Promise<string | null> => {
  let width: number | undefined
  let height: number | undefined
  try {
    ;({ width, height } = await sharp(data, { limitInputPixels: false }).metadata())
  } catch {
    return 'This file could not be read as an image. Try saving it again as a JPEG or PNG.'
  }
  if (!width || !height) return 'This image has no size information. Try saving it again as a JPEG or PNG.'
  const pixels = width * height
  if (pixels > MAX_IMAGE_PIXELS) {
    const megapixels = (n: number) => Math.round(n / 1_000_000)
    return `This image is ${width} × ${height} pixels (${megapixels(pixels)} megapixels). The limit is ${megapixels(MAX_IMAGE_PIXELS)} megapixels: please resize it and upload it again.`
  }
  return null
}
