import { sourceUrl } from '../../cms/lib/sourceCode'
import { publicPath } from '../../cms/shared/publicUrls'
import { type SiteSettings, fillIn } from '../../cms/shared/siteSettings'
import { byId, snapshot } from './snapshot'

/** Who runs this install, its accent colour and its trust-page texts, from Site settings in the snapshot. */
export const siteSettings = (): SiteSettings => snapshot().site

/** The logo's address on the site, or null when none is set. */
export const logoUrl = (): string | null => {
  const file = byId(snapshot().media, siteSettings().logo)
  return file?.filename ? publicPath.media(file.filename) : null
}

/** One of the long texts with {name}, {organisation} and {months} filled in. */
export const settingText = (text: string): string => fillIn(text, siteSettings(), snapshot().retentionMonths)

let source: string | undefined

/** Where this installation's source is published (the footer of every page): the settings are read once per build, not once per page. */
export const sourceCodeUrl = (): string => (source ??= sourceUrl())
