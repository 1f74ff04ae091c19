import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import type { Guidance, Plan } from '../payload-types'

type RichText = Parameters<typeof convertLexicalToHTML>[0]['data']

/** Rich text becomes HTML here, once, so the site and search only place it. The converter escapes text. */
const html = (value: unknown): string => (value ? convertLexicalToHTML({ data: value as RichText, disableContainer: true }) : '')

/** A plan as the site and search get it: its vision as HTML. */
export const planForPublic = (plan: Plan) => ({ ...plan, vision: html(plan.vision) })
export type PublicPlan = ReturnType<typeof planForPublic>

/** A toolkit as the site and search get it: each step's body as HTML. */
export const toolkitForPublic = (toolkit: Guidance) => ({ ...toolkit, steps: toolkit.steps.map((step) => ({ ...step, body: html(step.body) })) })
export type PublicToolkit = ReturnType<typeof toolkitForPublic>
