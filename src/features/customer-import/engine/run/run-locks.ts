/**
 * Which tab owns a removal run, through the Web Locks API: the tab that runs a run holds the
 * lock `cm-import-run-<id>` for as long as it has the run, and the browser frees it when the
 * tab closes or reloads. A run that is not finished and whose lock is free was left behind.
 */

/** The part of `navigator.locks` used here (a fake in tests). */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: object | null) => Promise<void> | void,
  ): Promise<unknown>
  query(): Promise<{ held?: Array<{ name?: string }> }>
}

/** 'mine': this tab; 'elsewhere': another tab; 'free': no tab has the run. */
export type RunLockState = 'mine' | 'elsewhere' | 'free'

/** The run is being worked on by another tab of this browser. */
export class RunHeldElsewhereError extends Error {
  constructor() {
    super('This import is running in another tab. Finish or pause it there, or close that tab.')
    this.name = 'RunHeldElsewhereError'
  }
}

export const runLockName = (runId: string) => `cm-import-run-${runId}`

export class RunLocks {
  private readonly own = new Map<string, () => void>()

  /** `manager` undefined: no Locks API, callers fall back to how recently a run wrote. */
  constructor(private readonly manager: LockManagerLike | undefined) {}

  get supported(): boolean {
    return this.manager !== undefined
  }

  /**
   * Takes the run's lock unless another tab holds it (then false). Without the Locks API
   * this always succeeds.
   */
  async acquire(runId: string): Promise<boolean> {
    if (!this.manager || this.own.has(runId)) return true
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    const granted = await new Promise<boolean>((resolve, reject) => {
      this.manager
        ?.request(runLockName(runId), { ifAvailable: true }, (lock) => {
          resolve(lock !== null)
          return lock ? held : undefined
        })
        .catch(reject)
    })
    if (granted) this.own.set(runId, release)
    return granted
  }

  owns(runId: string): boolean {
    return this.own.has(runId)
  }

  release(runId: string): void {
    this.own.get(runId)?.()
    this.own.delete(runId)
  }

  /** Who holds each run's lock now; null without the Locks API. */
  async states(): Promise<((runId: string) => RunLockState) | null> {
    if (!this.manager) return null
    const snapshot = await this.manager.query()
    const held = new Set((snapshot.held ?? []).map((lock) => lock.name))
    return (runId) =>
      this.own.has(runId) ? 'mine' : held.has(runLockName(runId)) ? 'elsewhere' : 'free'
  }

  /** Resolves when no tab holds the run's lock (e.g. the other tab closed); never with the API missing. */
  whenFree(runId: string, signal: AbortSignal): Promise<void> {
    const manager = this.manager
    if (!manager) return new Promise(() => undefined)
    // Queue for the lock and let it go at once: granted means the holder let go.
    return manager.request(runLockName(runId), { signal }, () => undefined).then(() => undefined)
  }
}

function browserLocks(): LockManagerLike | undefined {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return undefined
  return navigator.locks ?? undefined
}

let tabLocks: RunLocks | null = null

/** The one RunLocks of this tab (it must know which locks the tab itself holds). */
export function tabRunLocks(): RunLocks {
  tabLocks ??= new RunLocks(browserLocks())
  return tabLocks
}
