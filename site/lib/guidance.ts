import { byId } from './ids'
import type { SiteSnapshot } from './snapshot'

export type Toolkit = SiteSnapshot['guidance'][number]
export type Step = Toolkit['steps'][number]

export const toolkitsAZ = (snapshot: SiteSnapshot): Toolkit[] => [...snapshot.guidance].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))

export type Download = { filename: string; label: string; kind: string; size: string }

const KINDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet',
  'text/csv': 'CSV',
}

const sizeOf = (bytes: number | null | undefined): string =>
  !bytes ? 'size unknown' : bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** A step's template downloads, named and with their kind and size, as GOV.UK lists attachments. */
export const downloadsOf = (snapshot: SiteSnapshot, ids: Step['downloads']): Download[] =>
  (ids ?? []).flatMap((id) => {
    const file = byId(snapshot.media, typeof id === 'object' && id !== null ? id.id : id)
    if (!file?.filename) return []
    const kind = KINDS[file.mimeType ?? ''] ?? (file.mimeType?.split('/')[1]?.toUpperCase() || 'file')
    return [{ filename: file.filename, label: file.alt || file.filename, kind, size: sizeOf(file.filesize) }]
  })
