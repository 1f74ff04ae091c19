import type { Endpoint } from 'payload'

import { confirmEndpoints } from './confirm'
import { preferencesEndpoints } from './preferences'
import { subscribeEndpoint } from './subscribe'
import { unsubscribeEndpoints } from './unsubscribe'

/** The public newsletter endpoints, under /api/subscriptions/. */
export const subscriptionEndpoints: Endpoint[] = [subscribeEndpoint, ...confirmEndpoints, ...preferencesEndpoints, ...unsubscribeEndpoints]
