import type { Payload } from 'payload'

import { prepareEnvironment } from './environment'

/** Boots Payload's Local API for a command-line script (the config is imported after the environment is ready). */
export const bootPayload = async (): Promise<Payload> => {
  prepareEnvironment()
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../cms/payload.config')])
  return getPayload({ config })
}
