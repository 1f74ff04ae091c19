/** Reads RFC 4180 CSV (quoted cells, doubled quotes, CRLF, a leading byte-order mark) into rows of cells. */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const input = text.replace(/^\uFEFF/, '')
  for (let index = 0; index < input.length; index += 1) {
    const char = input[index]!
    if (quoted && char === '"' && input[index + 1] === '"') {
      cell += '"'
      index += 1
    } else if (quoted && char === '"') {
      quoted = false
    } else if (quoted) {
      cell += char
    } else if (char === '"') {
      quoted = true
    } else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\r' && input[index + 1] === '\n') {
      rows.push([...row, cell])
      row = []
      cell = ''
      index += 1
    } else {
      cell += char
    }
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}
