/** Meilisearch settings from the environment; null when MEILI_URL is unset (the static fallback is used). */
export type MeiliConfig = { url: string; masterKey: string | undefined; index: string; publicUrl: string }

export const meiliConfig = (env: Record<string, string | undefined> = process.env): MeiliConfig | null => {
  const url = env.MEILI_URL?.trim()
  if (!url) return null
  return { url, masterKey: env.MEILI_MASTER_KEY || undefined, index: env.MEILI_INDEX?.trim() || 'folkmoot', publicUrl: env.MEILI_PUBLIC_URL?.trim() || url }
}
