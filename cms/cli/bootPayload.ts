import './prepareEnvironment'

import { type Payload, getPayload } from 'payload'

import config from '../payload.config'

/** Payload's Local API for a command-line script, on the database the environment names; `cron` starts the job queues' cron as the admin server does. */
export const bootPayload = (options: { cron?: boolean } = {}): Promise<Payload> => getPayload({ config, ...options })
