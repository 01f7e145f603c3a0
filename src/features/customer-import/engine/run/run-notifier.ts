import type { RunSnapshot } from './run-snapshot'

/**
 * A run's change signal: a version, the snapshot of that version (built once, on demand),
 * and listeners told at once (status changes) or once per interval (rows streaming in).
 */
export class RunNotifier {
  private version = 0
  private current: RunSnapshot | null = null
  private readonly listeners = new Set<() => void>()
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(private readonly intervalMs: number) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  snapshot(build: (version: number) => RunSnapshot): RunSnapshot {
    this.current ??= build(this.version)
    return this.current
  }

  /** Something changed; listeners hear of it unless `silent` (the run was disposed). */
  changed(now: boolean, silent = false): void {
    this.version++
    this.current = null
    if (silent) return
    if (now) return this.emit()
    if (this.timer) return
    this.timer = setTimeout(() => this.emit(), this.intervalMs)
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.listeners.clear()
  }

  private emit(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.listeners.forEach((listener) => listener())
  }
}
