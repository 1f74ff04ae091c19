import type { Payload } from 'payload'

import type { FieldError } from '../../endpoints/support/responses'
import type { Choices } from './subscriptionFields'

type Option = { id: number | string; name: string }

/** Ids from a form are text; SQLite rows have numeric ids, MongoDB ones stay text. */
export const asIds = (payload: Payload, ids: string[]): number[] => (payload.db.defaultIDType === 'number' ? ids.map(Number) : (ids as unknown as number[]))

/** Every community and cluster, by name: what a subscriber can choose from. */
export const choiceOptions = async (payload: Payload): Promise<{ communities: Option[]; clusters: Option[] }> => {
  const [communities, clusters] = await Promise.all(
    (['communities', 'clusters'] as const).map((collection) =>
      payload
        .find({ collection, depth: 0, pagination: false, limit: 0, sort: 'name', select: { name: true }, overrideAccess: false })
        .then((result) => result.docs as Option[]),
    ),
  )
  return { communities: communities!, clusters: clusters! }
}

/** Row ids as this database writes them: whole numbers on SQLite, 24 hex digits (ObjectId) on MongoDB. */
const idPattern = (payload: Payload): RegExp => (payload.db.defaultIDType === 'number' ? /^[1-9][0-9]{0,15}$/ : /^[0-9a-f]{24}$/)

/** Each chosen id must be a real community or cluster; the answer says which list held a stranger. */
export const unknownChoices = async (payload: Payload, choices: Choices): Promise<FieldError[]> => {
  const errors: FieldError[] = []
  for (const collection of ['communities', 'clusters'] as const) {
    const ids = choices[collection]
    if (ids.length === 0) continue
    // A malformed id is not looked up: MongoDB refuses to compare it with an ObjectId.
    if (!ids.every((id) => idPattern(payload).test(id))) {
      errors.push({ field: collection, message: `One of the ${collection} chosen does not exist.` })
      continue
    }
    const found = await payload.count({ collection, overrideAccess: false, where: { id: { in: ids } } })
    if (found.totalDocs !== ids.length) errors.push({ field: collection, message: `One of the ${collection} chosen does not exist.` })
  }
  return errors
}
