import type { Plan } from '../payload-types'

/** The document shape the admin's rich-text (Lexical) editor stores. */
export type RichText = NonNullable<Plan['vision']>

/** Plain paragraphs as a rich-text document. */
export const paragraphs = (texts: readonly string[]): RichText => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: texts.map((text) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
    })),
  },
})
