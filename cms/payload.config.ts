import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { isAdmin } from './access/isAdmin'
import { closePayloadInternals } from './access/payloadInternals'
import { AchievementReports } from './collections/AchievementReports'
import { Clusters } from './collections/Clusters'
import { Communities } from './collections/Communities'
import { Consultations } from './collections/Consultations'
import { Events } from './collections/Events'
import { EqualityAnswers } from './responses/EqualityAnswers'
import { Guidance } from './collections/Guidance'
import { InfluenceLogs } from './collections/InfluenceLogs'
import { Media } from './collections/Media'
import { NewsletterDeliveries } from './newsletters/NewsletterDeliveries'
import { Newsletters } from './newsletters/Newsletters'
import { Outbox } from './collections/Outbox'
import { PartnerStrategies } from './collections/PartnerStrategies'
import { Partners } from './collections/Partners'
import { Plans } from './collections/Plans'
import { Responses } from './responses/Responses'
import { Subscribers } from './newsletters/subscriptions/Subscribers'
import { Users } from './collections/Users'
import { databaseAdapter, migrateDatabase } from './database'
import { NOT_FOR_YOUR_ROLE_PATH } from './dashboard/notForYourRole'
import { emailAdapter } from './email/adapter'
import { SiteBuild } from './globals/SiteBuild'
import { SiteSettings } from './globals/SiteSettings'
import { serverUrl, settings } from './settings'
import { healthEndpoint } from './endpoints/health'
import { rebuildSiteNowEndpoint } from './endpoints/rebuildSiteNow'
import { partnerConfirmationEndpoints } from './partner-confirmation/endpoints'
import { subscriptionEndpoints } from './newsletters/subscriptions/endpoints'
import { keepPublicErrorMessages } from './hooks/keepPublicErrorMessages'
import { refuseOversizedInput } from './hooks/refuseOversizedInput'
import { askPartnerToConfirm } from './partner-confirmation/askPartnerToConfirmTask'
import { forgetOldResponsesDaily } from './jobs/forgetOldResponsesDaily'
import { hourlySiteRebuild } from './jobs/hourlySiteRebuild'
import { rebuildSite } from './jobs/rebuildSite'
import { resumeNewsletterSends } from './newsletters/resumeNewsletterSendsTask'
import { releaseStuckJobsTask } from './jobs/releaseStuckJobs'
import { sendNewsletter } from './newsletters/sendNewsletterTask'
import { syncSearch } from './jobs/syncSearch'
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE, limitedSharp } from './lib/media'
import { logger } from './logger'
import { installTitleName } from './lib/installName'
import { anonymousReadLimit } from './plugins/anonymousReadLimit'
import { QUEUES } from './shared/queues'

// Paths come from the working directory: Next, Vite and tsx all bundle or move this file.
const cmsDir = path.resolve(process.cwd(), 'cms')

const secret = settings().PAYLOAD_SECRET
if (!secret) {
  throw new Error('PAYLOAD_SECRET is not set. `npm start` sets a development value; in production set a long random string.')
}

export default buildConfig({
  secret,
  serverURL: serverUrl(),
  telemetry: false,
  logger,
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: { titleSuffix: ` · ${installTitleName()}` },
    importMap: { baseDir: cmsDir, importMapFile: path.join(cmsDir, 'app/(payload)/admin/importMap.js') },
    components: {
      beforeDashboard: ['/dashboard/Dashboard#Dashboard'],
      afterNavLinks: ['/components/SourceCodeLink#SourceCodeLink'],
      views: { notForYourRole: { Component: '/dashboard/NotForYourRole#NotForYourRole', path: NOT_FOR_YOUR_ROLE_PATH } },
      graphics: { Logo: '/components/brand/InstallLogo#InstallLogo', Icon: '/components/brand/InstallIcon#InstallIcon' },
    },
  },
  // Every collection refuses oversized input before Payload walks it.
  collections: [
    Communities,
    Clusters,
    Plans,
    Consultations,
    Events,
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
  globals: [SiteSettings, SiteBuild],
  endpoints: [healthEndpoint, rebuildSiteNowEndpoint, ...partnerConfirmationEndpoints, ...subscriptionEndpoints],
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
    tasks: [
      rebuildSite,
      hourlySiteRebuild,
      releaseStuckJobsTask,
      forgetOldResponsesDaily,
      askPartnerToConfirm,
      syncSearch,
      sendNewsletter,
      resumeNewsletterSends,
    ],
    enableConcurrencyControl: true,
    // Only the admin server works the queue (npm start sets this); scripts and tests run jobs explicitly.
    shouldAutoRun: () => settings().FOLKMOOT_RUN_JOBS === 'true',
    autoRun: [
      // Every second: a publish is live within seconds (the bench measures it); an idle poll is one indexed query.
      { cron: '* * * * * *', queue: QUEUES.site },
      { cron: '*/10 * * * * *', queue: QUEUES.mail },
      // Every second: a publish reaches search within a few seconds (the bench measures it); an idle poll is one indexed query.
      { cron: '* * * * * *', queue: QUEUES.search },
      { cron: '*/10 * * * * *', queue: QUEUES.newsletters },
    ],
  },
  plugins: [anonymousReadLimit],
  onInit: migrateDatabase,
}).then(closePayloadInternals)
