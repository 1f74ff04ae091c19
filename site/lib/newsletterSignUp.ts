import { serverUrl } from '../../cms/settings'

/** Where the sign-up form posts: the CMS, on its own origin (SERVER_URL), read when the site is built. */
export const subscribeAction = (): string => `${serverUrl()}/api/subscriptions/subscribe`
