/** Where the sign-up form posts: the CMS, on its own origin (SERVER_URL), read when the site is built. */
export const subscribeAction = (): string => `${(process.env.SERVER_URL ?? 'http://localhost:3000').replace(/\/+$/, '')}/api/subscriptions/subscribe`
