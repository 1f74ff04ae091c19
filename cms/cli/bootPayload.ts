import './prepareEnvironment'

import { type Payload, getPayload } from 'payload'

import config from '../payload.config'

/** Payload's Local API for a command-line script, on the database the environment names. */
export const bootPayload = (): Promise<Payload> => getPayload({ config })
