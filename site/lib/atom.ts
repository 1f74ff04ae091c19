/** A minimal Atom 1.0 feed, escaped. */
export type FeedEntry = { id: string; title: string; url: string; updated: string; summary: string }

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export const atomFeed = ({ title, url, self, entries }: { title: string; url: string; self: string; entries: FeedEntry[] }): string => {
  const updated = entries.map((entry) => entry.updated).sort().at(-1) ?? new Date(0).toISOString()
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escape(title)}</title>
  <id>${escape(url)}</id>
  <link href="${escape(url)}"/>
  <link rel="self" href="${escape(self)}"/>
  <updated>${updated}</updated>
  <author><name>Folkmoot</name></author>
${entries
  .map(
    (entry) => `  <entry>
    <title>${escape(entry.title)}</title>
    <id>${escape(entry.id)}</id>
    <link href="${escape(entry.url)}"/>
    <updated>${entry.updated}</updated>
    <summary>${escape(entry.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`
}
