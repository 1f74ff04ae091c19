import fs from 'node:fs'
import path from 'node:path'

import * as pagefind from 'pagefind'

import { escapeHtml } from '../../cms/lib/html'
import { type SearchDocument } from '../documents'
import { synonymsFor } from '../synonyms'
import { STATIC_INDEX_DIR, VOCABULARY_DIR } from './paths'
import { buildVocabulary, vocabularyFiles } from './vocabulary'

/** How many words `text` has when split as Pagefind splits its content. */
const wordCount = (text: string): number => text.split(/\s+/).filter((word) => word.length > 0).length

/**
 * A small HTML page per document, so Pagefind weighs the title as a heading. Place names and
 * synonyms are indexed so they can be found, but come last and are counted in the `keywords`
 * meta: the page cuts them off before making a snippet, so they never show as one. Filters
 * and meta sit in an element Pagefind reads for filters but leaves out of the words it indexes.
 */
export const recordHtml = (document: SearchDocument): string => {
  const synonyms = synonymsFor(`${document.title} ${document.text}`).join(', ')
  const places = [...document.community, document.cluster ?? ''].join(' ')
  const filters = [
    ['type', document.type],
    ...document.community.map((name) => ['community', name]),
    ...document.theme.map((name) => ['theme', name]),
    ...document.partner.map((name) => ['partner', name]),
    ...(document.year ? [['year', String(document.year)]] : []),
  ]
  const meta = [
    ['type', document.type],
    ['place', document.cluster ?? document.community.join(', ')],
    ['status', document.status ?? ''],
    ['keywords', String(wordCount(places) + wordCount(synonyms))],
  ]
  return [
    '<html lang="en"><body><main data-pagefind-body>',
    `<h1 data-pagefind-meta="title">${escapeHtml(document.title)}</h1>`,
    `<p>${escapeHtml(document.excerpt)}</p>`,
    `<p>${escapeHtml(document.text)}</p>`,
    `<p>${escapeHtml(places)}</p>`,
    synonyms ? `<p data-pagefind-weight="0.5">${escapeHtml(synonyms)}</p>` : '',
    '<div data-pagefind-ignore>',
    ...filters.map(([name, value]) => `<span data-pagefind-filter="${name}">${escapeHtml(value ?? '')}</span>`),
    ...meta.map(([name, value]) => `<span data-pagefind-meta="${name}">${escapeHtml(value ?? '')}</span>`),
    '</div></main></body></html>',
  ].join('')
}

export type StaticIndexReport = { documents: number; files: number; bytes: number; seconds: number }

const sizeOf = (dir: string): { files: number; bytes: number } =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) => {
      const inner = entry.isDirectory() ? sizeOf(path.join(dir, entry.name)) : { files: 1, bytes: fs.statSync(path.join(dir, entry.name)).size }
      return { files: sum.files + inner.files, bytes: sum.bytes + inner.bytes }
    },
    { files: 0, bytes: 0 },
  )

/** Writes the Pagefind index and the vocabulary shards into `<siteDir>/pagefind/`. */
export const buildStaticIndex = async (documents: readonly SearchDocument[], siteDir: string): Promise<StaticIndexReport> => {
  const started = performance.now()
  const outputPath = path.join(siteDir, STATIC_INDEX_DIR)
  fs.rmSync(outputPath, { recursive: true, force: true })
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    for (const document of documents) {
      const added = await index.addHTMLFile({ url: document.url, content: recordHtml(document) })
      if (added.errors.length > 0) throw new Error(`Pagefind refused ${document.url}: ${added.errors.join('; ')}`)
    }
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
  } finally {
    await pagefind.close()
  }
  const vocabularyDir = path.join(outputPath, VOCABULARY_DIR)
  fs.mkdirSync(vocabularyDir, { recursive: true })
  const vocabulary = buildVocabulary(documents.map((document) => `${document.title} ${document.excerpt} ${document.text} ${document.community.join(' ')}`))
  for (const [name, shard] of vocabularyFiles(vocabulary)) {
    fs.mkdirSync(path.dirname(path.join(vocabularyDir, name)), { recursive: true })
    fs.writeFileSync(path.join(vocabularyDir, name), JSON.stringify(shard))
  }
  return { documents: documents.length, ...sizeOf(outputPath), seconds: Number(((performance.now() - started) / 1000).toFixed(1)) }
}
