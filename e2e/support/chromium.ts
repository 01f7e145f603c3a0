/**
 * Debian's Chromium, the only browser these machines can run (browser downloads are not
 * reachable). Without the background-networking flags it tries Google's hosts at every start.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
