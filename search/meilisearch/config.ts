import { settings } from '../../cms/settings'

/** Meilisearch settings from the environment; null when MEILI_URL is unset (the static fallback is used). */
export type MeiliConfig = { url: string; masterKey: string | undefined; index: string; publicUrl: string }

export const meiliConfig = (env: Record<string, string | undefined> = process.env): MeiliConfig | null => {
  const { MEILI_URL: url, MEILI_MASTER_KEY: masterKey, MEILI_INDEX: index, MEILI_PUBLIC_URL: publicUrl } = settings(env)
  if (!url) return null
  return { url, masterKey, index, publicUrl: publicUrl ?? url }
}
