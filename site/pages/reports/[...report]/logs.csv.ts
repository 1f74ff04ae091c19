import type { APIRoute, GetStaticPaths } from 'astro'

import { csvOf, downloadPaths } from '../../../lib/openData'
import type { ReportPage } from '../../../lib/reports'

export const getStaticPaths = downloadPaths satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response(csvOf((props as { page: ReportPage }).page), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
