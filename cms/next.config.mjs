import { withPayload } from '@payloadcms/next/withPayload'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // One copy of Payload for the admin's pages and the API routes, which Next otherwise bundles
  // apart. Payload's instance is shared between them, and its error handling checks classes: with
  // two copies, a validation error raised by one lost its field details (and its name, minified)
  // when the other answered, whenever an admin page had started Payload first.
  serverExternalPackages: ['payload'],
  // No other site may frame the admin or the API (clickjacking); the admin may frame itself.
  headers: async () => [
    {
      source: '/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ],
    },
  ],
}

const payloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })

// Payload turns off server fast refresh, a `next dev` experiment. Builds and `next start` have no
// fast refresh, so there the setting only makes Next list a disabled experiment in red.
const productionConfig = { ...payloadConfig, experimental: { ...payloadConfig.experimental } }
delete productionConfig.experimental.turbopackServerFastRefresh

export default (phase) => (phase === PHASE_DEVELOPMENT_SERVER ? payloadConfig : productionConfig)
