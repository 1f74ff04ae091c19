import { serverUrl } from '../../settings'
import { signToken } from '../../lib/signedToken'

export const CONFIRM_PURPOSE = 'subscription-confirm'
export const MANAGE_PURPOSE = 'subscription-manage'
export const CONFIRM_VALID_DAYS = 7
/** Links in newsletters must keep working long after the mail arrived. */
const MANAGE_VALID_DAYS = 730
const DAY = 24 * 60 * 60

export const SUBSCRIPTIONS_API = '/subscriptions'

const link = (action: string, token: string) => `${serverUrl()}/api${SUBSCRIPTIONS_API}/${action}?token=${encodeURIComponent(token)}`

export const confirmSubscriptionUrl = (subscriberId: number | string): string =>
  link('confirm', signToken(CONFIRM_PURPOSE, String(subscriberId), CONFIRM_VALID_DAYS * DAY))
export const manageToken = (subscriberId: number | string): string => signToken(MANAGE_PURPOSE, String(subscriberId), MANAGE_VALID_DAYS * DAY)
export const preferencesUrl = (subscriberId: number | string): string => link('preferences', manageToken(subscriberId))
export const unsubscribeUrl = (subscriberId: number | string): string => link('unsubscribe', manageToken(subscriberId))
