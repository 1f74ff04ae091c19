import type { APIRoute, GetStaticPaths } from 'astro'

import { downloadPaths, practicalCsvOf } from '../../../lib/openData'
import type { ReportPage } from '../../../lib/reports'

export const getStaticPaths = downloadPaths satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response(practicalCsvOf((props as { page: ReportPage }).page), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
