import type { UIField } from 'payload'

import type { PublicPage, ViewOnSiteProps } from '../components/ViewOnSite'
import { siteUrl } from '../settings'

/** A sidebar link from a published document to its page on the public site, and for drafts to a preview. */
export const viewOnSiteField = (page: PublicPage, previewable = false): UIField => ({
  name: 'viewOnSite',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: { path: '/components/ViewOnSite#ViewOnSite', clientProps: { page, siteUrl: siteUrl(), previewable } satisfies ViewOnSiteProps } },
  },
})
