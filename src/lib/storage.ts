/** Storage that never throws: private mode, quota and disabled storage only lose the preference. */
export function readStored(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null
  } catch {
    return null
  }
}

export function writeStored(storage: Storage | undefined, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key)
    else storage?.setItem(key, value)
  } catch {
    // Not persisted; the in-memory value still applies for this visit.
  }
}

export const local = (): Storage | undefined =>
  typeof localStorage === 'undefined' ? undefined : localStorage
export const session = (): Storage | undefined =>
  typeof sessionStorage === 'undefined' ? undefined : sessionStorage

/**
 * Opens this origin's localStorage: the first read of a page is a synchronous round trip to the
 * browser process (milliseconds, more on a busy machine), better paid while the page waits
 * than in a render.
 */
export function openLocalStorage(): void {
  readStored(local(), 'cm.open')
}
