'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'

import { publicPath } from '../shared/publicUrls'

export type PublicPage = 'community' | 'cluster' | 'plan' | 'consultation' | 'toolkit'

export type ViewOnSiteProps = {
  page: PublicPage
  siteUrl: string
  /** Whether the collection has drafts, which `GET /api/<collection>/:id/preview-page` renders. */
  previewable: boolean
}

/** In a document's sidebar: a link to its page on the public site, and to a preview of its saved draft. */
export const ViewOnSite = ({ page, siteUrl, previewable }: ViewOnSiteProps) => {
  const { id, collectionSlug, hasPublishedDoc, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
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
      {previewable && (
        <>
          <a href={`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/preview-page`} target="_blank" rel="noreferrer">
            Preview the saved draft
          </a>
          <p style={note}>Built with the site’s own templates, which takes about ten seconds. Save first: the preview shows the last saved draft.</p>
        </>
      )}
    </div>
  )
}
