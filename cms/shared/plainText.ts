import { type SafeHtml, html } from './html'

/**
 * An editor's plain text as HTML: one paragraph per line, and runs of lines starting with "- "
 * as a list. Everything is escaped, so the text can hold no markup.
 */
export const plainTextHtml = (text: string): SafeHtml => {
  const blocks: Array<{ list: boolean; lines: string[] }> = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '') continue
    const item = /^[-*]\s+/.test(line)
    const last = blocks.at(-1)
    if (item && last?.list) last.lines.push(line.replace(/^[-*]\s+/, ''))
    else blocks.push({ list: item, lines: [item ? line.replace(/^[-*]\s+/, '') : line] })
  }
  return html`${blocks.map((block) => (block.list ? html`<ul>${block.lines.map((line) => html`<li>${line}</li>`)}</ul>` : html`<p>${block.lines[0]}</p>`))}`
}
