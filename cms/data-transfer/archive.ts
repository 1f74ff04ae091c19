import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import * as tar from 'tar'

import type { Contents, Row } from './contents'
import type { Summary } from './contentHash'

export const FORMAT = 'folkmoot-export'
/** Raised when the archive's layout or meaning changes; an import refuses any other. */
export const FORMAT_VERSION = 1

export type MediaFile = { collection: string; file: string; bytes: number; sha256: string }

export type Manifest = {
  format: typeof FORMAT
  formatVersion: number
  folkmootVersion: string
  database: 'sqlite' | 'mongodb'
  createdAt: string
  collections: Record<string, Summary>
  globals: Record<string, Summary>
  media: MediaFile[]
}

/*
 * Layout, one gzipped tar that `tar -tzf` lists:
 *   manifest.json
 *   collections/<slug>.jsonl        one document per line, ordered by id
 *   versions/<slug>.jsonl           versions and drafts, ordered by id
 *   globals/<slug>.json             the global, or null
 *   global-versions/<slug>.jsonl
 *   media/<collection>/<file>       every uploaded file and its resized copies
 */
const jsonl = (rows: Row[]) => rows.map((row) => `${JSON.stringify(row)}\n`).join('')
const readJsonl = (file: string): Row[] =>
  fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as Row)
    : []

export const mediaPath = (root: string, media: Pick<MediaFile, 'collection' | 'file'>) => path.join(root, 'media', media.collection, media.file)

/** Writes the archive to `file` through a temporary name, so a failed export leaves no half file. */
export const writeArchive = async (file: string, manifest: Manifest, contents: Contents, copyMedia: (root: string) => void): Promise<void> => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-export-'))
  const partial = `${file}.partial`
  try {
    for (const folder of ['collections', 'versions', 'globals', 'global-versions', 'media']) fs.mkdirSync(path.join(root, folder))
    fs.writeFileSync(path.join(root, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    for (const [slug, { documents, versions }] of Object.entries(contents.collections)) {
      fs.writeFileSync(path.join(root, 'collections', `${slug}.jsonl`), jsonl(documents))
      fs.writeFileSync(path.join(root, 'versions', `${slug}.jsonl`), jsonl(versions))
    }
    for (const [slug, { document, versions }] of Object.entries(contents.globals)) {
      fs.writeFileSync(path.join(root, 'globals', `${slug}.json`), `${JSON.stringify(document)}\n`)
      fs.writeFileSync(path.join(root, 'global-versions', `${slug}.jsonl`), jsonl(versions))
    }
    copyMedia(root)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    await tar.c({ gzip: true, file: partial, cwd: root, portable: true }, fs.readdirSync(root))
    fs.renameSync(partial, file)
  } finally {
    fs.rmSync(partial, { force: true })
    fs.rmSync(root, { recursive: true, force: true })
  }
}

export type OpenedArchive = { root: string; manifest: unknown; contents: (manifest: Manifest) => Contents; close: () => void }

/** Unpacks an archive into a temporary folder; throws with a sentence when the file is no readable archive. */
export const openArchive = async (file: string): Promise<OpenedArchive> => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-import-'))
  const close = () => fs.rmSync(root, { recursive: true, force: true })
  const unreadable = `Cannot read ${file} as a Folkmoot export archive (a .tar.gz made by \`npm run export-data\`): check the path and that the file is whole. Nothing was changed.`
  let manifest: unknown
  try {
    if (!fs.statSync(file).isFile()) throw new Error('not a file')
    // strict: a damaged or foreign file is an error, not a warning and a partial unpack.
    await tar.x({ file, cwd: root, strict: true })
    manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'))
  } catch (error) {
    close()
    throw new Error(unreadable, { cause: error })
  }
  const contents = (read: Manifest): Contents => ({
    collections: Object.fromEntries(
      Object.keys(read.collections).map((slug) => [
        slug,
        { documents: readJsonl(path.join(root, 'collections', `${slug}.jsonl`)), versions: readJsonl(path.join(root, 'versions', `${slug}.jsonl`)) },
      ]),
    ),
    globals: Object.fromEntries(
      Object.keys(read.globals).map((slug) => {
        const globalFile = path.join(root, 'globals', `${slug}.json`)
        const document = fs.existsSync(globalFile) ? (JSON.parse(fs.readFileSync(globalFile, 'utf8')) as Row | null) : null
        return [slug, { document, versions: readJsonl(path.join(root, 'global-versions', `${slug}.jsonl`)) }]
      }),
    ),
  })
  return { root, manifest, contents, close }
}
