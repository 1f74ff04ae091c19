import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { type SearchDocument } from '../documents'
import { FACETS_FILE, MANIFEST_FILE, RECORDS_DIR, STATIC_INDEX_DIR, VOCABULARY_DIR, WORDS_DIR } from './paths'
import { buildPostings } from './postings'
import { buildVocabulary, vocabularyFiles } from './vocabulary'

/** `written` files were new or changed; `linked` ones were the same as the previous index's and hard-linked from it. */
export type StaticIndexReport = { documents: number; files: number; bytes: number; seconds: number; written: number; linked: number }

/** Each file of an index by its path inside the index folder, with a fingerprint of its text: the next build keeps the files whose fingerprint has not changed. */
export type IndexManifest = Record<string, string>

/** Every file of the static index, by its path inside the index folder (always with `/`), with its text. */
export const staticIndexFiles = (documents: readonly SearchDocument[]): Map<string, string> => {
  const files = new Map<string, string>()
  const { shards, records, facets } = buildPostings(documents)
  for (const [shard, postings] of shards) files.set(`${WORDS_DIR}/${shard}.json`, JSON.stringify(postings))
  records.forEach((record, number) => files.set(`${RECORDS_DIR}/${number}.json`, JSON.stringify(record)))
  files.set(FACETS_FILE, JSON.stringify(facets))
  const vocabulary = buildVocabulary(
    documents.map((document) => `${document.title} ${document.excerpt} ${document.text} ${document.community.join(' ')} ${document.type}`),
  )
  for (const [name, shard] of vocabularyFiles(vocabulary)) files.set(`${VOCABULARY_DIR}/${name}`, JSON.stringify(shard))
  return files
}

const fingerprint = (text: string) => createHash('sha1').update(text).digest('base64url').slice(0, 16)

/** The manifest of the index in `indexDir`, or none when it has none or it cannot be read (then every file is written). */
const manifestOf = (indexDir: string): IndexManifest => {
  try {
    return JSON.parse(fs.readFileSync(path.join(indexDir, MANIFEST_FILE), 'utf8')) as IndexManifest
  } catch {
    return {}
  }
}

/** How many files are written between two turns of the event loop: the admin server builds the index and must keep answering. */
const FILES_PER_TURN = 1000

/**
 * Writes the static index into `<siteDir>/search-index/`: postings by a term's first three
 * letters, a record per document, the facet values, and the vocabulary for typo correction,
 * with the manifest of their fingerprints. Given the live site's folder (`previousSiteDir`), a
 * file whose text the live index already has is hard-linked from it instead of written (the
 * live index is never written to: each build's index is a new folder), so an edit rewrites only
 * the few files it changed and the result is the same as writing them all.
 */
export const buildStaticIndex = async (documents: readonly SearchDocument[], siteDir: string, previousSiteDir?: string): Promise<StaticIndexReport> => {
  const started = performance.now()
  const outputPath = path.join(siteDir, STATIC_INDEX_DIR)
  fs.rmSync(outputPath, { recursive: true, force: true })
  const files = staticIndexFiles(documents)
  const previousDir = previousSiteDir ? path.join(previousSiteDir, STATIC_INDEX_DIR) : undefined
  const previous = previousDir ? manifestOf(previousDir) : {}
  for (const folder of new Set([...files.keys()].map((name) => path.posix.dirname(name)))) fs.mkdirSync(path.join(outputPath, folder), { recursive: true })
  const manifest: IndexManifest = {}
  let bytes = 0
  let written = 0
  let linked = 0
  for (const [name, text] of files) {
    const target = path.join(outputPath, name)
    manifest[name] = fingerprint(text)
    bytes += Buffer.byteLength(text)
    if (previousDir && previous[name] === manifest[name] && linkFrom(path.join(previousDir, name), target)) linked += 1
    else {
      fs.writeFileSync(target, text)
      written += 1
    }
    if ((written + linked) % FILES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve))
  }
  const manifestText = JSON.stringify(manifest)
  fs.writeFileSync(path.join(outputPath, MANIFEST_FILE), manifestText)
  bytes += Buffer.byteLength(manifestText)
  return { documents: documents.length, files: files.size + 1, bytes, written, linked, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) }
}

/** Hard-links a file; false when it cannot (gone, or another disk), and the caller writes it instead. */
const linkFrom = (source: string, target: string): boolean => {
  try {
    fs.linkSync(source, target)
    return true
  } catch {
    return false
  }
}
