import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The site rebuild job runs Pagefind's native binary; it must be required at run time, not bundled.
  serverExternalPackages: ['pagefind'],
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

export default withPayload(nextConfig, { devBundleServerPackages: false })
