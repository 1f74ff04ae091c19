import { type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'
import { QUEUES } from '../shared/queues'

type LogData = { partner?: unknown; partnerConfirmation?: { status?: string | null } | null }

/** Asking needs someone to ask, and an entry the partner has not already confirmed. */
const whyNotAsk = async (data: LogData, req: PayloadRequest): Promise<string | null> => {
  if (data.partnerConfirmation?.status === 'confirmed') return 'The partner has already confirmed this entry.'
  const partnerId = typeof data.partner === 'object' && data.partner !== null ? (data.partner as { id: number }).id : (data.partner as number | undefined)
  if (partnerId === undefined || partnerId === null) return 'Choose the partner first.'
  const partner = await req.payload.findByID({
    collection: 'partners',
    id: partnerId,
    depth: 0,
    select: { name: true, contact: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!partner?.contact?.email) return `${partner?.name ?? 'This partner'} has no contact email yet: add one to the partner first.`
  return null
}

/**
 * "Ask the partner to confirm" is a request, not a state: the tick is checked, taken off the
 * saved document and remembered for this save only.
 */
export const takePartnerConfirmationRequest: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  if (data.askPartnerToConfirm !== true) return data
  const problem = await whyNotAsk({ ...(originalDoc as LogData | undefined), ...(data as LogData) }, req)
  if (problem) throw new ValidationError({ collection: collection.slug, errors: [{ message: problem, path: 'askPartnerToConfirm' }], req })
  // req.context, not the hook's `context`: the lookup above (a Local API call with req) replaced it.
  req.context.askPartnerToConfirm = true
  return { ...data, askPartnerToConfirm: false }
}

/** Once the entry is saved, queue the mail to the partner's contact. */
export const queuePartnerConfirmationRequest: CollectionAfterChangeHook<{ id: number | string }> = async ({ doc, req, context }) => {
  if (context.askPartnerToConfirm !== true) return doc
  context.askPartnerToConfirm = false
  await req.payload.jobs.queue({ task: 'askPartnerToConfirm', input: { log: String(doc.id) }, queue: QUEUES.mail, req })
  return doc
}
