import type { APIRoute, GetStaticPaths } from 'astro'

import { downloadPaths, jsonOf } from '../../../lib/openData'
import type { ReportPage } from '../../../lib/reports'

export const getStaticPaths = downloadPaths satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => new Response(jsonOf((props as { page: ReportPage }).page), { headers: { 'Content-Type': 'application/json' } })
