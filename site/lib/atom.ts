/** A minimal Atom 1.0 feed, escaped. */
import { escapeHtml } from '../../cms/shared/html'

export type FeedEntry = { id: string; title: string; url: string; updated: string; summary: string }

export const atomFeed = ({ title, author, url, self, entries }: { title: string; author: string; url: string; self: string; entries: FeedEntry[] }): string => {
  const updated =
    entries
      .map((entry) => entry.updated)
      .sort()
      .at(-1) ?? new Date(0).toISOString()
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeHtml(title)}</title>
  <id>${escapeHtml(url)}</id>
  <link href="${escapeHtml(url)}"/>
  <link rel="self" href="${escapeHtml(self)}"/>
  <updated>${updated}</updated>
  <author><name>${escapeHtml(author)}</name></author>
${entries
  .map(
    (entry) => `  <entry>
    <title>${escapeHtml(entry.title)}</title>
    <id>${escapeHtml(entry.id)}</id>
    <link href="${escapeHtml(entry.url)}"/>
    <updated>${entry.updated}</updated>
    <summary>${escapeHtml(entry.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`
}
