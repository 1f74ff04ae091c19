/** Markup that is already safe to insert as it is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ENTITIES[char]!)

type Part = SafeHtml | string | number | null | undefined | false | ReadonlyArray<Part>

const render = (part: Part): string => {
  if (part === null || part === undefined || part === false) return ''
  if (part instanceof SafeHtml) return part.value
  if (Array.isArray(part)) return part.map(render).join('')
  return escapeHtml(String(part))
}

/** A template tag that escapes every interpolated value unless it is already SafeHtml. */
export const html = (strings: TemplateStringsArray, ...parts: Part[]): SafeHtml =>
  new SafeHtml(strings.reduce((out, text, index) => out + text + (index < parts.length ? render(parts[index]) : ''), ''))
