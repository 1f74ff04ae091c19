import { type PayloadRequest, commitTransaction, initTransaction, killTransaction } from 'payload'

import { rememberQuestions } from './validateAnswers'
import { readBackOnly } from '../lib/readBackOnlySelected'
import type { Answer } from '../lib/answers'
import type { EqualityData } from './equality'
import type { RespondableConsultation } from './loadOpenConsultation'

/**
 * Stores the response and, apart from it, any equality answers: both or neither. Inside a
 * transaction where the database has them; otherwise the response is removed again if the
 * second write fails.
 */
export const storeResponse = async (
  req: PayloadRequest,
  consultation: RespondableConsultation,
  answers: Answer[],
  equality: EqualityData | null,
  community: string | null = null,
): Promise<string> => {
  const { payload } = req
  rememberQuestions(req, consultation.id, consultation.questions)
  const ownTransaction = await initTransaction(req)
  const transactional = Boolean(req.transactionID)
  let createdId: number | string | undefined
  try {
    const response = await payload.create({
      collection: 'responses',
      data: {
        consultation: consultation.id as number,
        channel: 'online',
        // Places carry ids as text; SQLite's are numbers.
        community: community === null ? undefined : payload.db.defaultIDType === 'number' ? Number(community) : (community as unknown as number),
        moderation: 'pending',
        answers: answers.map((answer) => ({ ...answer, choices: answer.choices ? [...answer.choices] : undefined })),
      },
      overrideAccess: true,
      depth: 0,
      // Read back only the reference, from the database too: the whole document with its answers is not needed here.
      select: { reference: true },
      context: readBackOnly('responses', { reference: true }),
      req,
    })
    createdId = response.id
    if (equality) {
      await payload.create({
        collection: 'equality-answers',
        data: { consultation: consultation.id as number, ...equality },
        overrideAccess: true,
        depth: 0,
        select: { consultation: true },
        context: readBackOnly('equality-answers', { consultation: true }),
        req,
      })
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
