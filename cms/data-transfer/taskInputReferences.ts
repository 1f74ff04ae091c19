import type { Row } from './contents'

/**
 * Tasks take document ids as text inputs (a queued job outlives any type check), so which
 * collection each input names is said here. tests/int/export-and-import-... checks that every
 * task with an input is listed.
 */
export const TASK_INPUT_REFERENCES: Record<string, (input: Row) => { key: string; collection: string }[]> = {
  sendNewsletter: () => [{ key: 'newsletter', collection: 'newsletters' }],
  askPartnerToConfirm: () => [{ key: 'log', collection: 'influence-logs' }],
  syncSearch: (input) => [{ key: 'id', collection: String(input.collection) }],
  // `full` only says whether to rebuild every page; it names no document.
  rebuildSite: () => [],
}
