import { waitFor } from '@testing-library/react'
import { vi } from 'vitest'

export interface CapturedDownload {
  fileName: string
  type: string
  /** The file's text, byte order mark included. */
  text: () => Promise<string>
}

/**
 * Captures files saved through a Blob URL: jsdom has no URL.createObjectURL, and clicking a
 * download link would try to navigate. Returns the downloads, in order, the revoked URLs, and
 * `nth(n)`: download number n (1-based) as text, once it has been saved.
 */
export function captureDownloads() {
  const blobs = new Map<string, Blob>()
  const downloads: CapturedDownload[] = []
  const revoked: string[] = []
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      const url = `blob:test/${blobs.size + 1}`
      blobs.set(url, blob)
      return url
    },
  })
  Object.defineProperty(URL, 'revokeObjectURL', {
    configurable: true,
    value: (url: string) => revoked.push(url),
  })
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href)
    if (!blob) throw new Error(`Clicked a link that is not a captured Blob URL: ${this.href}`)
    downloads.push({
      fileName: this.download,
      type: blob.type,
      text: async () =>
        new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer()),
    })
  })
  const nth = async (n: number): Promise<string> => {
    await waitFor(() => expect(downloads.length).toBeGreaterThanOrEqual(n))
    // As a reader sees it: the byte order mark dropped.
    return (await downloads[n - 1]?.text())?.replace(/^\uFEFF/, '') ?? ''
  }
  return { downloads, revoked, nth }
}
