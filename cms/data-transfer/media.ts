import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { type MediaFile, mediaPath } from './archive'
import { type Contents, collectionConfig } from './contents'

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/** The folder an upload collection keeps its files in. */
export const uploadFolder = (payload: Payload, collection: string): string => {
  const upload = collectionConfig(payload, collection)?.upload
  return path.resolve(process.cwd(), (upload && upload.staticDir) || collection)
}

/** Every file an upload document names: the original and each resized copy. */
const namedFiles = (doc: Record<string, unknown>): string[] => {
  const names = [doc.filename]
  const sizes = doc.sizes
  if (sizes && typeof sizes === 'object') for (const size of Object.values(sizes)) names.push((size as { filename?: unknown } | null)?.filename)
  return [...new Set(names.filter((name): name is string => typeof name === 'string' && name.length > 0))]
}

/** The upload collections' files as found on disk; those a document names but the folder lacks are returned apart, to be reported. */
export const findMedia = (payload: Payload, contents: Contents): { found: MediaFile[]; missing: string[] } => {
  const found: MediaFile[] = []
  const missing: string[] = []
  for (const [collection, { documents }] of Object.entries(contents.collections)) {
    if (!collectionConfig(payload, collection)?.upload) continue
    const folder = uploadFolder(payload, collection)
    for (const file of documents.flatMap(namedFiles)) {
      const full = path.join(folder, file)
      if (!fs.existsSync(full)) missing.push(full)
      else found.push({ collection, file, bytes: fs.statSync(full).size, sha256: sha256(full) })
    }
  }
  return { found, missing }
}

export const copyMediaInto = (payload: Payload, media: MediaFile[], root: string): void => {
  for (const item of media) {
    const target = mediaPath(root, item)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(path.join(uploadFolder(payload, item.collection), item.file), target)
  }
}

/** The first media file the manifest names that the unpacked archive lacks or holds changed, as a sentence; null when all are there. */
export const mediaProblem = (archiveFile: string, root: string, media: MediaFile[]): string | null => {
  for (const item of media) {
    const file = mediaPath(root, item)
    if (!fs.existsSync(file))
      return `${archiveFile} names the media file ${item.collection}/${item.file} in its manifest but does not hold it: the archive is incomplete. Nothing was changed.`
    if (sha256(file) !== item.sha256)
      return `The media file ${item.collection}/${item.file} in ${archiveFile} differs from its manifest: the archive is damaged. Nothing was changed.`
  }
  return null
}

/** Puts the archive's media files in the upload folders, replacing files of the same name. */
export const restoreMedia = (payload: Payload, root: string, media: MediaFile[]): void => {
  for (const item of media) {
    const folder = uploadFolder(payload, item.collection)
    fs.mkdirSync(folder, { recursive: true })
    fs.copyFileSync(mediaPath(root, item), path.join(folder, item.file))
  }
}
