import type { Page } from '@playwright/test'

/** How long a step waits for the page's idle-time requests to end before measuring anyway. */
const SETTLE_TIMEOUT_MS = 15_000

/**
 * Waits for the network to go quiet (no request for 500 ms), so that what a step times does not
 * share the page with the requests it makes once idle (the next page's prefetch, the statuses,
 * late chunks). On a machine loaded enough that it does not within the timeout, the step measures
 * anyway: a noisier figure rather than a step that fails (a smoke run failed that way).
 */
export async function settleNetwork(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: SETTLE_TIMEOUT_MS }).catch(() => undefined)
}
