import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import type { SearchDocument } from '../../search/documents'
import { buildStaticIndex } from '../../search/static/buildIndex'
import { STATIC_INDEX_DIR } from '../../search/static/paths'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-static-index-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

const document = (number: number, title: string): SearchDocument => ({
  id: `consultations-${number}`,
  source: `consultations:${number}`,
  type: 'consultation',
  title,
  excerpt: `What should happen to the village hall in place ${number}?`,
  text: `What should happen to the village hall in place ${number}? Tell us before the parish council meets.`,
  url: `/consultations/consultation-${number}/`,
  community: [`Place ${number}`],
  cluster: null,
  theme: ['Community spaces'],
  partner: [],
  year: 2026,
  status: 'open',
  updated: '2026-01-01T00:00:00.000Z',
})

const documents = Array.from({ length: 40 }, (_, number) => document(number, `The village hall in place ${number}`))

/** Every file of an index folder by its path, with its text and inode. */
const filesOf = (siteDir: string, base = ''): Map<string, { text: string; inode: number }> =>
  new Map(
    fs.readdirSync(path.join(siteDir, STATIC_INDEX_DIR, base), { withFileTypes: true }).flatMap((entry) => {
      const name = path.join(base, entry.name)
      if (entry.isDirectory()) return [...filesOf(siteDir, name)]
      const file = path.join(siteDir, STATIC_INDEX_DIR, name)
      return [[name, { text: fs.readFileSync(file, 'utf8'), inode: fs.statSync(file).ino }] as const]
    }),
  )

describe('the static index built on a live one', () => {
  it('writes only the files a change alters, links the rest, and ends byte for byte as a fresh build', async () => {
    const live = path.join(scratch, 'live')
    await buildStaticIndex(documents, live)
    const changed = documents.map((item, number) => (number === 7 ? { ...item, title: 'The village hall in place 7, reopened' } : item))

    const next = path.join(scratch, 'next')
    const report = await buildStaticIndex(changed, next, live)
    const fresh = path.join(scratch, 'fresh')
    await buildStaticIndex(changed, fresh)

    const before = filesOf(live)
    const after = filesOf(next)
    const expected = filesOf(fresh)
    expect([...after.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [name, file] of expected) expect(after.get(name)?.text, name).toBe(file.text)
    // The retitled document's record is new; the other records are the live index's own files.
    expect(after.get('records/7.json')?.inode).not.toBe(before.get('records/7.json')?.inode)
    expect(after.get('records/8.json')?.inode).toBe(before.get('records/8.json')?.inode)
    expect(report.linked).toBeGreaterThan(report.written)
    expect(report.written + report.linked + 1).toBe(report.files)
  })

  it('writes every file when the live index has no manifest to trust', async () => {
    const live = path.join(scratch, 'unlisted')
    await buildStaticIndex(documents, live)
    fs.rmSync(path.join(live, STATIC_INDEX_DIR, 'manifest.json'))
    const report = await buildStaticIndex(documents, path.join(scratch, 'unlisted-next'), live)
    expect(report.linked).toBe(0)
    expect(report.written + 1).toBe(report.files)
  })
})
