/**
 * Builds CSV text that spreadsheets open safely: RFC 4180 quoting, CRLF line ends, and
 * formula injection neutralised: a cell that starts with a tab, CR or LF, or whose first
 * non-blank character is = + - @ or their full-width forms ＝＋－＠, gets a leading '.
 * Spreadsheets skip leading blanks and fold full-width signs before deciding on a formula.
 */
export type CsvCell = string | number | boolean | null | undefined

const FORMULA_START = /^[\t\r\n]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/
const NEEDS_QUOTES = /[",\r\n]/

/** One cell as CSV text: neutralised, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  // Numbers are data, not formulas: a negative number stays a number.
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvRow(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(',')
}

/** Whole CSV text, every line (the last included) ending in CRLF. */
export function csvText(rows: Iterable<readonly CsvCell[]>): string {
  const lines: string[] = []
  for (const row of rows) lines.push(csvRow(row))
  return lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`
}
