import { type PayloadRequest, commitTransaction, initTransaction, killTransaction } from 'payload'

import type { Answer } from '../../lib/answers'
import type { EqualityData } from '../../lib/equality'

/**
 * Stores the response and, apart from it, any equality answers: both or neither. Inside a
 * transaction where the database has them; otherwise the response is removed again if the
 * second write fails.
 */
export const storeResponse = async (req: PayloadRequest, consultation: number | string, answers: Answer[], equality: EqualityData | null): Promise<string> => {
  const { payload } = req
  const ownTransaction = await initTransaction(req)
  const transactional = Boolean(req.transactionID)
  let createdId: number | string | undefined
  try {
    const response = await payload.create({
      collection: 'responses',
      data: { consultation: consultation as number, channel: 'online', moderation: 'pending', answers: answers.map((answer) => ({ ...answer, choices: answer.choices ? [...answer.choices] : undefined })) },
      overrideAccess: true,
      depth: 0,
      req,
    })
    createdId = response.id
    if (equality) {
      await payload.create({ collection: 'equality-answers', data: { consultation: consultation as number, ...equality }, overrideAccess: true, depth: 0, req })
    }
    if (ownTransaction) await commitTransaction(req)
    return response.reference as string
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    if (createdId !== undefined && !transactional) {
      await payload.delete({ collection: 'responses', id: createdId, overrideAccess: true }).catch(() => undefined)
    }
    throw error
  }
}
