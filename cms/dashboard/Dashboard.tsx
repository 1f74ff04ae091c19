import type { ServerProps } from 'payload'

import { SiteBuildSummary } from '../components/siteBuild/SiteBuildSummary'
import { formatDate } from '../shared/format'
import { type WhatNeedsDoing, whatNeedsDoing } from './whatNeedsDoing'

const count = new Intl.NumberFormat('en-GB')
const plural = (n: number, one: string, many: string) => `${count.format(n)} ${n === 1 ? one : many}`

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 'calc(var(--base) * 0.75)', marginBottom: 'var(--base)' } as const
const list = { margin: '0.5em 0 0', paddingLeft: '1.2em' } as const
/** Links stacked in a list get room to be pressed (WCAG 2.5.8, 24 px targets). */
const item = { marginBottom: '0.5em' } as const
const target = { display: 'inline-block', minHeight: 24, paddingBlock: 2 } as const

const ROLE_WORDS: Record<WhatNeedsDoing['role'], string> = {
  admin: 'You are an admin: you see the whole district, and manage accounts and settings.',
  editor: 'You are an editor: you see the whole district, publish, and approve newsletters.',
  member: 'You are a partnership member: you see and act for your own communities.',
}

const ActsFor = ({ work }: { work: WhatNeedsDoing }) => {
  const places = [...work.actsFor.communities, ...work.actsFor.clusters.map((cluster) => ({ ...cluster, name: `${cluster.name} (cluster)` }))]
  if (work.role !== 'member') return null
  if (!places.length) return <p>You do not act for any community yet. Ask an admin to add yours to your account.</p>
  return (
    <p>
      You act for{' '}
      {places.map((place, index) => (
        <span key={`${place.path}`}>
          {index > 0 && (index === places.length - 1 ? ' and ' : ', ')}
          <a href={`${work.siteUrl}${place.path}`}>{place.name}</a>
        </span>
      ))}
      .
    </p>
  )
}

const ToDo = ({ work, admin }: { work: WhatNeedsDoing; admin: string }) => {
  const items = [
    ...work.responsesToModerate.map((waiting) => (
      <li key={`r${waiting.consultation.id}`} style={item}>
        <a
          style={target}
          href={`${admin}/collections/responses?where[and][0][consultation][equals]=${waiting.consultation.id}&where[and][1][moderation][equals]=pending`}
        >
          {plural(waiting.count, 'response', 'responses')} to “{waiting.consultation.name}” waiting for moderation
        </a>
      </li>
    )),
    ...work.feedbackOverdue.map((consultation) => (
      <li key={`f${consultation.id}`} style={item}>
        <a style={target} href={`${admin}/collections/consultations/${consultation.id}`}>
          “{consultation.title}” closed on {consultation.at ? formatDate(consultation.at) : 'an unknown date'}: write “you said, we did”
        </a>{' '}
        (residents were promised results within six weeks)
      </li>
    )),
    ...work.confirmationsOverdue.map((entry) => (
      <li key={`c${entry.id}`} style={item}>
        <a style={target} href={`${admin}/collections/influence-logs/${entry.id}`}>
          “{entry.title}”: the partner has not confirmed it since they were asked on {entry.at ? formatDate(entry.at) : 'an unknown date'}
        </a>
      </li>
    )),
    ...work.newslettersToApprove.map((newsletter) => (
      <li key={`n${newsletter.id}`} style={item}>
        <a style={target} href={`${admin}/collections/newsletters/${newsletter.id}`}>
          {work.role === 'member'
            ? `Newsletter “${newsletter.subject}” is waiting for an editor to send it`
            : `Approve and send the newsletter “${newsletter.subject}”`}
        </a>
      </li>
    )),
  ]
  return (
    <section aria-labelledby="to-do-heading" style={box}>
      <h2 id="to-do-heading" style={{ margin: 0, fontSize: '1.1rem' }}>
        What needs doing
      </h2>
      {items.length ? <ul style={list}>{items}</ul> : <p style={{ margin: '0.5em 0 0' }}>Nothing is waiting for you. Thank you.</p>}
    </section>
  )
}

const GoingOut = ({ work, admin }: { work: WhatNeedsDoing; admin: string }) => {
  if (!work.newslettersGoingOut.length) return null
  return (
    <section aria-labelledby="going-out-heading" style={box}>
      <h2 id="going-out-heading" style={{ margin: 0, fontSize: '1.1rem' }}>
        Newsletters going out
      </h2>
      <ul style={{ ...list, listStyle: 'none', paddingLeft: 0 }}>
        {work.newslettersGoingOut.map((newsletter) => (
          <li key={newsletter.id} style={{ marginTop: '0.5em' }}>
            <a style={target} href={`${admin}/collections/newsletters/${newsletter.id}`} id={`going-out-${newsletter.id}`}>
              {newsletter.subject}
            </a>
            <br />
            <progress aria-labelledby={`going-out-${newsletter.id}`} value={newsletter.sent} max={Math.max(newsletter.total, 1)} />{' '}
            {newsletter.total
              ? `${count.format(newsletter.sent)} of ${count.format(newsletter.total)} sent`
              : newsletter.status === 'scheduled'
                ? 'scheduled'
                : 'starting'}
          </li>
        ))}
      </ul>
    </section>
  )
}

const PublicSite = ({ work, api, queued }: { work: WhatNeedsDoing; api: string; queued: boolean }) => (
  <section aria-labelledby="public-site-heading" style={box}>
    <h2 id="public-site-heading" style={{ margin: 0, fontSize: '1.1rem' }}>
      The public site
    </h2>
    <p style={{ margin: '0.5em 0' }}>
      <a href={work.siteUrl}>Open the public site</a> to see what residents see.
    </p>
    {work.siteBuild?.attemptedAt ? <SiteBuildSummary build={work.siteBuild} /> : work.siteBuild && <p>No rebuild of the public site has been recorded yet.</p>}
    {work.siteBuild && (
      <form method="post" action={`${api}/site-build/rebuild`}>
        <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
          Rebuild now
        </button>
        {queued && (
          <span role="status" style={{ marginLeft: '0.5em' }}>
            A rebuild is queued; it starts within a few seconds. Reload this page to see how it went.
          </span>
        )}
      </form>
    )}
  </section>
)

/**
 * The admin's front page: whom this person acts for and what is waiting for them, read as them
 * (their access rules apply). Plain server-rendered HTML; the one button is a form, so it all
 * works without JavaScript.
 */
export const Dashboard = async ({ payload, user, searchParams }: ServerProps) => {
  if (!user || user.collection !== 'users') return null
  const work = await whatNeedsDoing(payload, user)
  const { admin, api } = payload.config.routes
  const name = 'name' in user && typeof user.name === 'string' ? user.name : ''
  return (
    <div id="what-needs-doing" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h1 style={{ fontSize: '1.6rem' }}>Welcome{name ? `, ${name}` : ''}</h1>
      <p>{ROLE_WORDS[work.role]}</p>
      <ActsFor work={work} />
      <ToDo work={work} admin={admin} />
      <GoingOut work={work} admin={admin} />
      <PublicSite work={work} api={api} queued={searchParams?.rebuild === 'queued'} />
    </div>
  )
}
