export type CsvCell = string | number | boolean | null | undefined

// A cell starting like a formula would run in a spreadsheet; a leading apostrophe keeps it text.
const defuse = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)

const cell = (value: CsvCell): string => {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'string' ? defuse(value) : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** RFC 4180 CSV with CRLF line ends and a byte-order mark, so spreadsheet programs read UTF-8. */
export const toCsv = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string =>
  `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`
