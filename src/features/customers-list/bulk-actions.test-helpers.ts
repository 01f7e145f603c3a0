export { captureDownloads } from '../../lib/download-file.test-double'

/** Today as the file names write it, in local time. */
export function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
