import type { Payload } from 'payload'

import { type ApiServer, startApiServer } from '../../support/apiServer'
import { type Fixtures, makeFixtures } from './fixtures'
import { startPayload } from './payload'

export type Role = keyof Fixtures['users']

export type SignedInApi = {
  payload: Payload
  world: Fixtures
  /** Payload's REST API over real HTTP, as Next serves it. */
  api: ApiServer
  /** A sign-in token for each fixture user, by role. */
  tokens: Record<Role, string>
  stop: () => Promise<void>
}

/** A real Payload on a fresh database with the shared fixtures, every fixture user signed in, and its REST API over HTTP. */
export const startSignedInApi = async (): Promise<SignedInApi> => {
  const app = await startPayload()
  const { payload } = app
  const world = await makeFixtures(payload)
  const tokens = {} as Record<Role, string>
  for (const [role, user] of Object.entries(world.users) as Array<[Role, { email: string }]>) {
    const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: 'correct horse battery' } })
    tokens[role] = token!
  }
  const api = await startApiServer(payload.config)
  return {
    payload,
    world,
    api,
    tokens,
    stop: async () => {
      await api.stop()
      await app.stop()
    },
  }
}
