'use client'

import { useDocumentInfo } from '@payloadcms/ui'

import { publicPath } from '../shared/publicUrls'

export type PublicPage = 'community' | 'cluster' | 'plan' | 'consultation' | 'toolkit'

export type ViewOnSiteProps = { page: PublicPage; siteUrl: string }

/** In a published document's sidebar: a link to its page on the public site. */
export const ViewOnSite = ({ page, siteUrl }: ViewOnSiteProps) => {
  const { id, hasPublishedDoc, savedDocumentData } = useDocumentInfo()
  const slug = typeof savedDocumentData?.slug === 'string' ? savedDocumentData.slug : null
  if (!id || !slug) return null
  const note = { color: 'var(--theme-elevation-800)', fontSize: '0.875rem' } as const
  return (
    <div className="field-type view-on-site" style={{ marginBottom: 'var(--base)' }}>
      {hasPublishedDoc ? (
        <>
          <a href={`${siteUrl}${publicPath[page](slug)}`} target="_blank" rel="noreferrer">
            View on site
          </a>
          <p style={note}>The site shows a change after its next rebuild, usually within a minute of saving.</p>
        </>
      ) : (
        <p style={note}>Not on the public site yet: it appears there once published.</p>
      )}
    </div>
  )
}
