/** Saves `text` as a CSV download without a round trip to a server. */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** "members.csv" → "members-errors.csv". */
export function derivedFileName(original: string, suffix: string): string {
  const base = original.replace(/\.[^.]*$/, '') || 'import'
  return `${base}-${suffix}.csv`
}
