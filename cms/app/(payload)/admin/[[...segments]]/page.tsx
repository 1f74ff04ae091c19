import type { Metadata } from 'next'

import config from '@payload-config'
import { RootPage, generatePageMetadata } from '@payloadcms/next/views'
import { headers } from 'next/headers.js'
import { redirect } from 'next/navigation.js'
import { getPayload } from 'payload'

import { explainForbiddenList } from '../../../../dashboard/notForYourRole'
import { titledWithSiteName } from '../../../../lib/installName'
import { readSiteName } from '../../../../lib/siteSettings'

import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

/** Payload's titles, ending in the install's name as Site settings give it now (see cms/lib/installName.ts). */
export const generateMetadata = async ({ params, searchParams }: Args): Promise<Metadata> =>
  titledWithSiteName(await generatePageMetadata({ config, params, searchParams }), await readSiteName(await getPayload({ config, importMap })))

/** A list the role may not read gets a sentence about the role, not Payload's "Nothing found". */
const Page = async ({ params, searchParams }: Args) => {
  const { segments } = await params
  const explanation = await explainForbiddenList(await getPayload({ config, importMap }), segments, await headers())
  if (explanation) redirect(explanation)
  return RootPage({ config, params, searchParams, importMap })
}

export default Page
