import { vi } from 'vitest'

/**
 * Makes every timer of exactly `delay` ms last `stretched` ms instead, for the rest of the test
 * (restored with the other mocks). For tests about the order of things around an app's timer
 * (a debounce, a hold): on a busy machine the work around the timer can take longer than it,
 * and the test would then measure the machine's speed.
 */
export function stretchTimer(delay: number, stretched: number): void {
  const realSetTimeout = globalThis.setTimeout
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
    handler: () => void,
    ms?: number,
    ...rest: unknown[]
  ) =>
    realSetTimeout(
      handler,
      ms === delay ? stretched : ms,
      ...rest,
    )) as unknown as typeof setTimeout)
}
