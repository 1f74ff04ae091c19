import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { isAdmin } from './access/isAdmin'
import { closePayloadInternals } from './access/payloadInternals'
import { AchievementReports } from './collections/AchievementReports'
import { Clusters } from './collections/Clusters'
import { Communities } from './collections/Communities'
import { Consultations } from './collections/Consultations'
import { EqualityAnswers } from './collections/EqualityAnswers'
import { Guidance } from './collections/Guidance'
import { InfluenceLogs } from './collections/InfluenceLogs'
import { Media } from './collections/Media'
import { NewsletterDeliveries } from './collections/NewsletterDeliveries'
import { Newsletters } from './collections/Newsletters'
import { Outbox } from './collections/Outbox'
import { PartnerStrategies } from './collections/PartnerStrategies'
import { Partners } from './collections/Partners'
import { Plans } from './collections/Plans'
import { Responses } from './collections/Responses'
import { Subscribers } from './collections/Subscribers'
import { Users } from './collections/Users'
import { databaseAdapter, migrateDatabase } from './database'
import { emailAdapter } from './email/adapter'
import { SiteBuild } from './globals/SiteBuild'
import { serverUrl } from './email/settings'
import { healthEndpoint } from './endpoints/health'
import { partnerConfirmationEndpoints } from './endpoints/partnerConfirmation'
import { subscriptionEndpoints } from './endpoints/subscriptions'
import { keepPublicErrorMessages } from './hooks/keepPublicErrorMessages'
import { refuseOversizedInput } from './hooks/refuseOversizedInput'
import { MAIL_QUEUE, askPartnerToConfirm } from './jobs/askPartnerToConfirm'
import { hourlySiteRebuild } from './jobs/hourlySiteRebuild'
import { rebuildSite } from './jobs/rebuildSite'
import { resumeNewsletterSends } from './jobs/resumeNewsletterSends'
import { NEWSLETTERS_QUEUE, sendNewsletter } from './jobs/sendNewsletter'
import { syncSearch } from './jobs/syncSearch'
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE, limitedSharp } from './lib/media'
import { anonymousReadLimit } from './plugins/anonymousReadLimit'

// Paths come from the working directory: Next, Vite and tsx all bundle or move this file.
const cmsDir = path.resolve(process.cwd(), 'cms')

if (!process.env.PAYLOAD_SECRET) {
  throw new Error('PAYLOAD_SECRET is not set. `npm start` sets a development value; in production set a long random string.')
}

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET,
  serverURL: serverUrl(),
  telemetry: false,
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: { titleSuffix: ' · Folkmoot' },
    importMap: { baseDir: cmsDir, importMapFile: path.join(cmsDir, 'app/(payload)/admin/importMap.js') },
    components: { beforeDashboard: ['/components/siteBuild/SiteBuildStatus#SiteBuildStatus'] },
  },
  // Every collection refuses oversized input before Payload walks it.
  collections: [
    Communities,
    Clusters,
    Plans,
    Consultations,
    Responses,
    EqualityAnswers,
    InfluenceLogs,
    AchievementReports,
    Partners,
    PartnerStrategies,
    Guidance,
    Subscribers,
    Newsletters,
    NewsletterDeliveries,
    Outbox,
    Media,
    Users,
  ].map(refuseOversizedInput),
  globals: [SiteBuild],
  endpoints: [healthEndpoint, ...partnerConfirmationEndpoints, ...subscriptionEndpoints],
  hooks: { afterError: [keepPublicErrorMessages] },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  email: emailAdapter(),
  sharp: limitedSharp,
  // Payload's own refusal of an oversized upload stream, worded like the app's.
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES }, responseOnLimit: UPLOAD_TOO_LARGE },
  graphQL: { disable: true },
  // Types come from `npm run generate` only: booting on MongoDB must not rewrite them with string ids.
  typescript: { outputFile: path.join(cmsDir, 'payload-types.ts'), autoGenerate: false },
  jobs: {
    // By default anyone signed in may run, queue or cancel jobs over the API (`/api/payload-jobs/run`).
    // Our code queues them with full rights and the admin server runs them; by hand, admins only.
    access: { run: isAdmin, queue: isAdmin, cancel: isAdmin },
    tasks: [rebuildSite, hourlySiteRebuild, askPartnerToConfirm, syncSearch, sendNewsletter, resumeNewsletterSends],
    enableConcurrencyControl: true,
    // Only the admin server works the queue (npm start sets this); scripts and tests run jobs explicitly.
    shouldAutoRun: () => process.env.FOLKMOOT_RUN_JOBS === 'true',
    autoRun: [
      { cron: '*/10 * * * * *', queue: 'site' },
      { cron: '*/10 * * * * *', queue: MAIL_QUEUE },
      { cron: '*/5 * * * * *', queue: 'search' },
      { cron: '*/10 * * * * *', queue: NEWSLETTERS_QUEUE },
    ],
  },
  plugins: [anonymousReadLimit],
  onInit: migrateDatabase,
}).then(closePayloadInternals)
