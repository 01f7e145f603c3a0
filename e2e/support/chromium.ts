import { existsSync } from 'node:fs'

/**
 * Debian's Chromium, the only browser these machines can run (browser downloads are not
 * reachable). Without the background-networking flags it tries Google's hosts at every start.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Debian's package chromium-headless-shell (scripts/install-test-tools.mjs installs it). */
const HEADLESS_SHELL_PATH = '/usr/lib/chromium/chromium-headless-shell'

/**
 * The browser the test suites drive: the headless shell when installed (the same Blink without
 * the full browser's UI layer, as Playwright's own headless runs use), which costs the journeys
 * about a third less CPU. The benchmark keeps CHROMIUM_PATH, so its figures stay comparable.
 */
export const TEST_CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ??
  (existsSync(HEADLESS_SHELL_PATH) ? HEADLESS_SHELL_PATH : CHROMIUM_PATH)

export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
