/**
 * The first `Intl` formatter of a page loads the browser's locale data (15-25 ms at 1× CPU,
 * about 70 ms at 4×, measured in Chromium), on the thread that builds it; once loaded, every
 * formatter is built in a fraction of a millisecond, whatever its options, on any thread of the
 * page: the data is held by the process. So the head script (vite-early-search.ts) has a
 * throwaway worker build one date and one number formatter while the entry downloads, and the
 * rows' dates and counts (lib/format.ts) no longer pay for it on the main thread.
 *
 * Serialised by the build: no imports, no outer names. Where a worker cannot start (an old
 * browser, a stricter policy), nothing happens: the app builds its formatters as before.
 */
export function warmLocaleData(
  win: Pick<typeof globalThis, 'Worker' | 'URL' | 'Blob'> = globalThis,
): boolean {
  const source =
    "new Intl.DateTimeFormat(undefined,{dateStyle:'medium',timeZone:'UTC'}).format(0);" +
    'new Intl.NumberFormat().format(0);postMessage(0);close()'
  try {
    const url = win.URL.createObjectURL(new win.Blob([source], { type: 'text/javascript' }))
    const worker = new win.Worker(url)
    const done = () => win.URL.revokeObjectURL(url)
    worker.onmessage = done
    worker.onerror = done
    return true
  } catch {
    return false
  }
}
