import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { usesMongo } from '../database'
import { FORMAT, FORMAT_VERSION, type Manifest, writeArchive } from './archive'
import { readContents } from './contents'
import { summarise } from './contentHash'
import { copyMediaInto, findMedia } from './media'

export const folkmootVersion = (): string => (JSON.parse(fs.readFileSync(path.resolve(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version

export type ExportResult = { manifest: Manifest; missingMedia: string[] }

/** Writes every carried document, version, global, due job and media file to one archive at `file`. */
export const exportData = async (payload: Payload, file: string): Promise<ExportResult> => {
  if (fs.existsSync(file)) throw new Error(`${file} already exists: name a new file, so no export is overwritten. Nothing was written.`)
  const contents = await readContents(payload)
  const summary = summarise(payload, contents)
  const { found, missing } = findMedia(payload, contents)
  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    folkmootVersion: folkmootVersion(),
    database: usesMongo() ? 'mongodb' : 'sqlite',
    createdAt: new Date().toISOString(),
    ...summary,
    media: found,
  }
  await writeArchive(file, manifest, contents, (root) => copyMediaInto(payload, found, root))
  return { manifest, missingMedia: missing }
}
