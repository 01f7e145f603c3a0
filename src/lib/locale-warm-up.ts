/**
 * The first `Intl` formatter of a page loads the browser's locale data (15-25 ms at 1× CPU on a
 * fast machine, 35-90 ms on a slow one, about four times that at 4×, measured in Chromium);
 * every later one, whatever its options, is built in a fraction of a millisecond. So the head
 * script (vite-early-search.ts) builds one date and one number formatter right after it runs,
 * while the entry script downloads, and the page's dates and counts (lib/format.ts) do not pay
 * for it after the code has come.
 *
 * Not on the `skip.pages` (a RegExp source: the list) in the `skip.languages` (those that
 * lib/format.ts writes without `Intl`): the list's first rows need no locale data there, and
 * the warm-up only competed with the entry for the main thread whenever the entry came quickly
 * (~200 ms at 4× CPU on the bench, through the proxy and on the demo alike). The app loads the
 * data once the rows are painted (main.tsx), without `skip`.
 *
 * (A throwaway worker did the same off the main thread. On the bench's 2 cores it cost the
 * first row ~30 ms at 1× CPU, the worker competing with the browser and the server for the
 * other core, and won ~60 ms at 4× only because the CPU throttle slows the main thread alone.)
 *
 * Serialised by the build: no imports, no outer names.
 */
export function warmLocaleData(
  skip?: { pages: string; languages: readonly string[] },
  win: Pick<Window, 'setTimeout' | 'navigator' | 'location'> = window,
): void {
  if (
    skip &&
    new RegExp(skip.pages).test(win.location.pathname) &&
    skip.languages.includes(win.navigator.language)
  )
    return
  // After the current task: the head script's own request goes out first.
  win.setTimeout(() => {
    new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(0)
    new Intl.NumberFormat().format(0)
  }, 0)
}
