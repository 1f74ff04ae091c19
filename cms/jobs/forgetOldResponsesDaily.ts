import type { TaskConfig } from 'payload'

import { forgetOldResponses } from '../responses/forgetOldResponses'
import { QUEUES } from '../shared/queues'

/** Every night: equality answers and unquoted written answers past their retention period are deleted. */
export const forgetOldResponsesDaily: TaskConfig<'forgetOldResponses'> = {
  slug: 'forgetOldResponses',
  schedule: [{ cron: '0 15 3 * * *', queue: QUEUES.site }],
  outputSchema: [
    { name: 'consultations', type: 'number' },
    { name: 'equalityAnswers', type: 'number' },
    { name: 'responses', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await forgetOldResponses(req.payload) }),
}
