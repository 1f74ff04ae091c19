import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The site rebuild job runs Pagefind's native binary; it must be required at run time, not bundled.
  serverExternalPackages: ['pagefind'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
