import type { APIRoute, GetStaticPaths } from 'astro'

import { openDataFiles } from '../../lib/openData'

export const getStaticPaths = (() =>
  openDataFiles().map((file) => ({ params: { file: `${file.name}.${file.format}` }, props: { file } }))) satisfies GetStaticPaths

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: ReturnType<typeof openDataFiles>[number] }
  return new Response(file.content, { headers: { 'Content-Type': TYPES[file.format] } })
}
