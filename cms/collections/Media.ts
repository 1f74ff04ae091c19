import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { isSignedIn } from '../access/isSignedIn'
import { DOCUMENT_MIME_TYPES, IMAGE_MIME_TYPES, MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE, imageProblem, isImageMimeType } from '../lib/media'
import { Refusal } from '../lib/refusal'
import { textAnd } from '../lib/validators'
import { queueSiteRebuildOnChange, queueSiteRebuildOnDelete } from '../hooks/queueSiteRebuild'
import { settings } from '../settings'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'File', plural: 'Images and files' },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
    description: 'Photos for communities and plans, and documents such as minutes used as evidence.',
    group: 'Guidance and files',
  },
  access: { read: anyone, create: isSignedIn, update: isEditor, delete: isEditor },
  upload: {
    // Resolved from the working directory: this file is also bundled by Next, which moves import.meta.url.
    staticDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), settings().MEDIA_DIR),
    mimeTypes: [...IMAGE_MIME_TYPES, ...DOCUMENT_MIME_TYPES],
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 640 },
      { name: 'wide', width: 1280 },
    ],
  },
  hooks: {
    afterChange: [queueSiteRebuildOnChange],
    afterDelete: [queueSiteRebuildOnDelete],
    beforeOperation: [
      async ({ operation, req }) => {
        if ((operation !== 'create' && operation !== 'update') || !req.file) return
        if (req.file.size > MAX_UPLOAD_BYTES) {
          throw new Refusal(UPLOAD_TOO_LARGE, 413)
        }
        if (!isImageMimeType(req.file.mimetype)) return
        const problem = await imageProblem(req.file.data)
        if (problem) throw new Refusal(problem, 400)
      },
    ],
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      maxLength: 250,
      admin: {
        description: 'Describe what the image shows for people who cannot see it, in one sentence. Not needed for documents or decorative images.',
      },
      validate: textAnd((value, { data }) => {
        const file = data as { decorative?: boolean; mimeType?: string }
        if (file.decorative || !isImageMimeType(file.mimeType)) return true
        return (typeof value === 'string' && value.trim().length > 0) || 'Describe the image, or mark it as decorative.'
      }),
    },
    {
      name: 'decorative',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Tick only when the image adds nothing a screen reader user would miss.' },
    },
    { name: 'credit', type: 'text', maxLength: 200, admin: { description: 'Photographer or source, if it must be credited.' } },
  ],
}
