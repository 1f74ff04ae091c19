import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Endpoint, PayloadRequest } from 'payload'

import { problemResponse } from '../endpoints/support/responses'
import { placesOf } from '../responses/places'
import type { Consultation, Guidance, Plan } from '../payload-types'
import { siteUrl } from '../settings'
import { publicPath } from '../shared/publicUrls'
import { planForPublic, toolkitForPublic } from '../shared/publicShape'
import { runAstroBuild } from './publishSite'
import { type SiteSnapshot, exportSnapshot } from './snapshot'

export type PreviewableCollection = 'plans' | 'consultations' | 'guidance'

/** The published snapshot with one draft in its place (or added), shaped as the site expects. */
const withDraft = (snapshot: SiteSnapshot, collection: PreviewableCollection, draft: Plan | Consultation | Guidance): SiteSnapshot => {
  const put = <T extends { id: number | string }>(list: T[], doc: T): T[] => [...list.filter((item) => item.id !== doc.id), doc]
  if (collection === 'plans') return { ...snapshot, plans: put(snapshot.plans, planForPublic(draft as Plan)) }
  if (collection === 'guidance') return { ...snapshot, guidance: put(snapshot.guidance, toolkitForPublic(draft as Guidance)) }
  const consultation = draft as Consultation
  const places = placesOf(consultation, snapshot.clusters, snapshot.communities)
  return { ...snapshot, consultations: put(snapshot.consultations, { ...consultation, feedback: consultation.feedback ?? undefined, places, results: null }) }
}

const pageOf = (collection: PreviewableCollection, slug: string | null | undefined): string =>
  collection === 'plans' ? publicPath.plan(slug) : collection === 'guidance' ? publicPath.toolkit(slug) : publicPath.consultation(slug)

// One preview build at a time: each is a whole `astro build` (about 7 s for the demo district).
let previous: Promise<unknown> = Promise.resolve()
const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
  const next = previous.then(work, work)
  previous = next.catch(() => undefined)
  return next
}

/** Builds the site from the snapshot into a temporary folder and returns one page's HTML, or null. */
const buildPage = (snapshot: SiteSnapshot, page: string): Promise<string | null> =>
  oneAtATime(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-preview-'))
    try {
      const file = path.join(dir, 'snapshot.json')
      fs.writeFileSync(file, JSON.stringify(snapshot))
      const { code } = await runAstroBuild(file, path.join(dir, 'dist'), { engine: 'static', base: '/' })
      const html = path.join(dir, 'dist', page, 'index.html')
      return code === 0 && fs.existsSync(html) ? fs.readFileSync(html, 'utf8') : null
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

const BANNER =
  '<p role="status" style="margin:0;padding:0.75rem 1rem;background:#fff3bf;color:#1a1a1a;border-bottom:2px solid #1a1a1a;font:1rem/1.4 system-ui,sans-serif">Preview of a draft, built with the site’s own templates. It is not published; links lead to the live site.</p>'

/** The page marked as a preview, with its links and images resolved against the live site. */
const markAsPreview = (html: string): string =>
  html.replace(/<head([^>]*)>/i, `<head$1><base href="${siteUrl()}/">`).replace(/<body([^>]*)>/i, `<body$1>${BANNER}`)

/**
 * `GET /api/<collection>/:id/preview-page`: the saved draft rendered by the real site templates,
 * for a signed-in person who may read it. Scripts are off; styles and images come from the page
 * itself or the live site.
 */
export const draftPreviewEndpoint = (collection: PreviewableCollection): Endpoint => ({
  path: '/:id/preview-page',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return problemResponse(403, 'Sign in to preview a draft.')
    const id = req.routeParams?.id
    const draft =
      typeof id === 'string' || typeof id === 'number'
        ? await req.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, user: req.user, disableErrors: true }).catch(() => null)
        : null
    if (!draft) return problemResponse(404, 'No such document, or it is not yours to read.')
    const snapshot = withDraft(await exportSnapshot(req.payload), collection, draft)
    const html = await buildPage(snapshot, pageOf(collection, draft.slug))
    if (!html) return problemResponse(422, 'The preview could not be built: save the draft with every required field filled in, then try again.')
    const site = new URL(siteUrl()).origin
    return new Response(markAsPreview(html), {
      status: 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': `default-src 'none'; style-src 'unsafe-inline' ${site}; img-src ${site} data:; font-src ${site}; frame-ancestors 'self'`,
        'x-robots-tag': 'noindex',
      },
    })
  },
})
