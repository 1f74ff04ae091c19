import type { APIRoute } from 'astro'

import { eventLocation } from '../../lib/events'
import { icalendar } from '../../lib/ical'
import { siteSettings } from '../../lib/siteSettings'
import { snapshot } from '../../lib/snapshot'
import { eventKindLabel } from '../../../cms/shared/events'
import { publicPath } from '../../../cms/shared/publicUrls'

export const GET: APIRoute = ({ site }) => {
  const at = (path: string) => new URL(path, site).href
  const events = [...snapshot().events]
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((event) => ({
      uid: `event-${event.id}@${new URL(at('/')).host}`,
      title: `${eventKindLabel(event.kind)}: ${event.title}`,
      description: [event.summary, event.venue.access ? `Getting in and around: ${event.venue.access}` : ''].filter(Boolean).join('\n\n'),
      location: eventLocation(event),
      url: at(publicPath.event(event.slug)),
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      updatedAt: event.updatedAt,
    }))
  return new Response(icalendar({ name: `${siteSettings().name} events`, events }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
