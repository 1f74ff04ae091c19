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
  if (!hasPublishedDoc) return <p className="field-description">Not on the public site yet: it appears there once published.</p>
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <a href={`${siteUrl}${publicPath[page](slug)}`} target="_blank" rel="noreferrer">
        View on site
      </a>
      <p className="field-description">The site shows a change after its next rebuild, usually within a minute of saving.</p>
    </div>
  )
}
