import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { buildSite, writeSnapshot } from '../../cms/export/publishSite'
import { SITE_MAP_PAGE_SIZE } from '../../site/lib/paging'
import { filesUnder, useDemoSnapshot } from './support/demoSnapshot'

const { out, live, payload } = useDemoSnapshot('incremental', () => buildSite({ full: true }))

/** Every file of a built site by its path: its inode (to tell kept files from rewritten ones) and, for pages, the sitemap and the search index, its text. */
type SiteFile = { inode: number; text?: string }
const siteFiles = (dir: string) =>
  filesUnder(dir, (file, name): SiteFile => ({
    inode: fs.statSync(file).ino,
    text: /\.(html|xml)$/.test(name) || name.startsWith('search-index/') ? fs.readFileSync(file, 'utf8') : undefined,
  }))

/** Every folder of a built site, sorted. */
const foldersUnder = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()

/**
 * Publishes the database's content incrementally, then builds the same snapshot in full, and
 * checks both leave the same files with the same pages; returns what the incremental build did.
 */
const incrementalThenFull = async () => {
  const before = siteFiles(live)
  await writeSnapshot(payload())
  const incremental = await buildSite()
  const afterIncremental = siteFiles(live)
  const foldersAfterIncremental = foldersUnder(live)
  await buildSite({ full: true })
  const afterFull = siteFiles(live)

  expect(incremental.incremental).toBe(true)
  expect([...afterIncremental.keys()].sort()).toEqual([...afterFull.keys()].sort())
  // No folder left behind for a page that went (an incremental build makes the live site's folders first).
  expect(foldersAfterIncremental).toEqual(foldersUnder(live))
  for (const [name, file] of afterFull) if (file.text !== undefined) expect(afterIncremental.get(name)?.text, name).toBe(file.text)
  const keptFrom = (folder: RegExp) =>
    [...afterIncremental].filter(([name, file]) => folder.test(name) && before.get(name)?.inode === file.inode).map(([name]) => name)
  return { kept: keptFrom(/\.html$/), keptIndexFiles: keptFrom(/^search-index\//), pages: afterFull }
}

/** The first published document of a collection (communities have no drafts). */
const first = async <S extends 'consultations' | 'communities' | 'plans'>(collection: S) =>
  (await payload().find({ collection, where: collection === 'communities' ? {} : { _status: { equals: 'published' } }, depth: 0, limit: 1, sort: 'id' }))
    .docs[0]!

describe('an incremental publish', () => {
  it('renders only the pages an edited consultation appears on, and they match a full build', async () => {
    const consultation = await first('consultations')
    await payload().update({
      collection: 'consultations',
      id: consultation.id,
      data: { title: `${consultation.title} (revised)` },
      context: { siteRebuild: false },
    })
    const { kept, keptIndexFiles, pages } = await incrementalThenFull()
    expect(pages.get(`consultations/${consultation.slug}/index.html`)?.text).toContain(`${consultation.title} (revised)`)
    expect(kept).not.toContain(`consultations/${consultation.slug}/index.html`)
    expect(kept.length).toBeGreaterThan([...pages.keys()].filter((name) => name.endsWith('.html')).length / 2)
    // The search index too: the record of the retitled consultation is rewritten, most files are kept.
    const indexFiles = [...pages.keys()].filter((name) => name.startsWith('search-index/'))
    const record = indexFiles.find((name) => name.startsWith('search-index/records/') && pages.get(name)?.text?.includes(`${consultation.title} (revised)`))
    expect(record).toBeDefined()
    expect(keptIndexFiles).not.toContain(record)
    expect(keptIndexFiles.length).toBeGreaterThan(indexFiles.length / 2)
  }, 600_000)

  it('matches a full build when a community every list names is renamed', async () => {
    const community = await first('communities')
    await payload().update({ collection: 'communities', id: community.id, data: { name: `${community.name} Parish` }, context: { siteRebuild: false } })
    const { pages } = await incrementalThenFull()
    expect(pages.get(`communities/${community.slug}/index.html`)?.text).toContain(`${community.name} Parish`)
  }, 600_000)

  it('matches a full build when a partner is renamed and an achievement retitled, across partner, strategy, theme and entry pages', async () => {
    const partner = (await payload().find({ collection: 'partners', depth: 0, limit: 1, sort: 'id' })).docs[0]!
    await payload().update({ collection: 'partners', id: partner.id, data: { name: `${partner.name} Trust` }, context: { siteRebuild: false } })
    const log = (
      await payload().find({
        collection: 'influence-logs',
        where: { _status: { equals: 'published' }, celebrate: { equals: true } },
        depth: 0,
        limit: 1,
        sort: '-date',
      })
    ).docs[0]!
    await payload().update({ collection: 'influence-logs', id: log.id, data: { title: `${log.title} (revised)` }, context: { siteRebuild: false } })
    const { kept, pages } = await incrementalThenFull()
    expect(pages.get(`partners/${partner.slug}/index.html`)?.text).toContain(`${partner.name} Trust`)
    expect(pages.get(`achievements/entry/${log.id}/index.html`)?.text).toContain(`${log.title} (revised)`)
    expect(kept).not.toContain(`achievements/entry/${log.id}/index.html`)
    expect(kept.some((name) => name.startsWith('achievements/entry/'))).toBe(true)
  }, 600_000)

  it('removes the pages of an unpublished plan and adds those of a new consultation, as a full build does', async () => {
    const plan = await first('plans')
    const owner = await first('communities')
    await payload().update({ collection: 'plans', id: plan.id, data: { _status: 'draft' }, context: { siteRebuild: false } })
    const added = await payload().create({
      collection: 'consultations',
      data: {
        title: 'Where should the new bus shelter go',
        summary: 'Tell us where a shelter would help most.',
        communities: [owner.id],
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        _status: 'published',
      },
      context: { siteRebuild: false },
    })
    const { pages } = await incrementalThenFull()
    expect(pages.has(`plans/${plan.slug}/index.html`)).toBe(false)
    expect(pages.has(`consultations/${added.slug}/index.html`)).toBe(true)
  }, 600_000)

  it('matches a full build as a section outgrows a page of the site map, a page it lists goes, and the section shrinks back', async () => {
    const partnerCount = async () => (await payload().count({ collection: 'partners' })).totalDocs
    // The partners section lists /partners/ and each partner: this takes it just past one site map page.
    const added = []
    for (let index = (await partnerCount()) + 1; index <= SITE_MAP_PAGE_SIZE + 3; index += 1)
      added.push(
        await payload().create({ collection: 'partners', data: { name: `Wendshire Partner ${index}`, kind: 'council' }, context: { siteRebuild: false } }),
      )
    const grown = await incrementalThenFull()
    expect(grown.pages.has('site-map/partners/2/index.html')).toBe(true)

    // Removing one moves each partner listed after it up a place, one of them back across the page boundary.
    const [removed, ...rest] = added
    await payload().delete({ collection: 'partners', id: removed!.id, context: { siteRebuild: false } })
    const { pages } = await incrementalThenFull()
    expect(pages.get('site-map/partners/index.html')?.text).not.toContain(`/partners/${removed!.slug}/`)

    for (const partner of rest.slice(0, 10)) await payload().delete({ collection: 'partners', id: partner.id, context: { siteRebuild: false } })
    const shrunk = await incrementalThenFull()
    expect([...shrunk.pages.keys()].filter((name) => name.startsWith('site-map/partners/'))).toEqual([])
    expect(shrunk.pages.get('site-map/index.html')?.text).toContain(`/partners/${rest.at(-1)!.slug}/`)
  }, 600_000)

  it('builds in full instead when the live site has had no full build for over an hour (an hourly run was replaced)', async () => {
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
    fs.utimesSync(path.join(out, 'snapshot.full-build'), twoHoursAgo, twoHoursAgo)
    await writeSnapshot(payload())
    expect((await buildSite()).incremental).toBe(false)
    expect((await buildSite()).incremental).toBe(true)
  }, 600_000)
})
