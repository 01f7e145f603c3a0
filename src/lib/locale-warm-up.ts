/**
 * The first `Intl` formatter of a page loads the browser's locale data (15-25 ms at 1× CPU,
 * about 70 ms at 4×, measured in Chromium); every later one, whatever its options, is built in
 * a fraction of a millisecond. So the head script (vite-early-search.ts) builds one date and one
 * number formatter right after it runs, while the entry script downloads and the main thread
 * has nothing else to do, and the rows' dates and counts (lib/format.ts) do not pay for it
 * after the code has come.
 *
 * (A throwaway worker did the same off the main thread. On the bench's 2 cores it cost the
 * first row ~30 ms at 1× CPU, the worker competing with the browser and the server for the
 * other core, and won ~60 ms at 4× only because the CPU throttle slows the main thread alone.)
 *
 * Serialised by the build: no imports, no outer names.
 */
export function warmLocaleData(win: Pick<Window, 'setTimeout'> = window): void {
  // After the current task: the head script's own request goes out first.
  win.setTimeout(() => {
    new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(0)
    new Intl.NumberFormat().format(0)
  }, 0)
}
