import fs from 'node:fs'
import path from 'node:path'

import { type SearchDocument } from '../documents'
import { FACETS_FILE, RECORDS_DIR, STATIC_INDEX_DIR, VOCABULARY_DIR, WORDS_DIR } from './paths'
import { buildPostings } from './postings'
import { buildVocabulary, vocabularyFiles } from './vocabulary'

export type StaticIndexReport = { documents: number; files: number; bytes: number; seconds: number }

const sizeOf = (dir: string): { files: number; bytes: number } =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) => {
      const inner = entry.isDirectory() ? sizeOf(path.join(dir, entry.name)) : { files: 1, bytes: fs.statSync(path.join(dir, entry.name)).size }
      return { files: sum.files + inner.files, bytes: sum.bytes + inner.bytes }
    },
    { files: 0, bytes: 0 },
  )

const writeJson = async (file: string, value: unknown) => {
  await fs.promises.mkdir(path.dirname(file), { recursive: true })
  await fs.promises.writeFile(file, JSON.stringify(value))
}

/**
 * Writes the static index into `<siteDir>/search-index/`: postings by a term's first three
 * letters, a record per document, the facet values, and the vocabulary for typo correction.
 */
export const buildStaticIndex = async (documents: readonly SearchDocument[], siteDir: string): Promise<StaticIndexReport> => {
  const started = performance.now()
  const outputPath = path.join(siteDir, STATIC_INDEX_DIR)
  fs.rmSync(outputPath, { recursive: true, force: true })
  const { shards, records, facets } = buildPostings(documents)
  for (const [shard, postings] of shards) await writeJson(path.join(outputPath, WORDS_DIR, `${shard}.json`), postings)
  for (const [number, record] of records.entries()) await writeJson(path.join(outputPath, RECORDS_DIR, `${number}.json`), record)
  await writeJson(path.join(outputPath, FACETS_FILE), facets)
  const vocabulary = buildVocabulary(
    documents.map((document) => `${document.title} ${document.excerpt} ${document.text} ${document.community.join(' ')} ${document.type}`),
  )
  for (const [name, shard] of vocabularyFiles(vocabulary)) await writeJson(path.join(outputPath, VOCABULARY_DIR, name), shard)
  return { documents: documents.length, ...sizeOf(outputPath), seconds: Number(((performance.now() - started) / 1000).toFixed(1)) }
}
