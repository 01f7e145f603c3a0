// @vitest-environment node
import { fakeClock, FakeTenantPort } from '../removal-tenant-port.test-double'
import { ImportJournal, STALE_AFTER_MS } from './import-journal'
import { RemovalRun, type RemovalRunDeps } from '../removal-run'
import { range, TEST_RUN_INFO, testPlan } from '../removal-run.test-helpers'
import { RunHeldElsewhereError, RunLocks, type LockManagerLike } from './run-locks'

/** One origin's lock manager, shared by every "tab" (RunLocks) made over it. */
class FakeLockManager implements LockManagerLike {
  readonly held = new Set<string>()
  private wakers = new Set<() => void>()

  async request(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: object | null) => Promise<void> | void,
  ): Promise<unknown> {
    while (this.held.has(name)) {
      if (options.ifAvailable) return callback(null)
      await this.released(options.signal)
    }
    this.held.add(name)
    try {
      return await callback({ name })
    } finally {
      this.held.delete(name)
      const wake = [...this.wakers]
      this.wakers.clear()
      wake.forEach((w) => w())
    }
  }

  query() {
    return Promise.resolve({ held: [...this.held].map((name) => ({ name })) })
  }

  private released(signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new Error('aborted'))
      this.wakers.add(resolve)
      signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true })
    })
  }
}

let db = 0

/** Two tabs of one browser: the same IndexedDB journal and lock manager, each its own RunLocks. */
async function twoTabs(ids: number[], manager: LockManagerLike | undefined) {
  const name = `run-locks-test-${++db}`
  const port = new FakeTenantPort()
  for (const id of ids) port.add(id)
  const tabs = await Promise.all(
    [0, 1].map(async () => {
      const journal = await ImportJournal.open(name, new RunLocks(manager))
      const deps: RemovalRunDeps = { port, journal, clock: fakeClock(), concurrency: 2 }
      return { journal, deps }
    }),
  )
  const [a, b] = tabs
  if (!a || !b) throw new Error('two tabs expected')
  const start = () => RemovalRun.start(a.deps, TEST_RUN_INFO, testPlan(ids))
  return { port, a, b, start }
}

/** Stops tab A's run mid-way as a reload would: the DELETE in flight is never answered. */
async function interruptAt(port: FakeTenantPort, start: () => Promise<RemovalRun>, call: number) {
  const holder: { run?: RemovalRun } = {}
  const gone = new Promise<void>((resolve) => {
    port.onDelete = (n) => {
      if (n !== call) return
      holder.run?.dispose()
      resolve()
    }
  })
  const run = (holder.run = await start())
  await gone
  return run
}

describe('RunLocks with the Web Locks API', () => {
  it('shows a run held by another tab as elsewhere, and refuses to resume or discard it', async () => {
    const manager = new FakeLockManager()
    const { a, b, start } = await twoTabs(range(40), manager)
    const run = await start()
    expect(manager.held.has(`cm-import-run-${run.id}`)).toBe(true)
    // Paused in tab A: still A's, which can resume it at any time.
    run.pause()
    await run.whenSettled()

    expect((await a.journal.listRuns()).map((r) => r.historyStatus)).toEqual(['paused'])
    expect(await a.journal.listUnfinishedRuns()).toHaveLength(1)
    const seenFromB = await b.journal.listUnfinishedRuns()
    expect(seenFromB.map((r) => [r.id, r.historyStatus])).toEqual([[run.id, 'elsewhere']])
    await expect(RemovalRun.resume(b.deps, run.id)).rejects.toBeInstanceOf(RunHeldElsewhereError)
    await expect(b.journal.discardRun(run.id)).rejects.toBeInstanceOf(RunHeldElsewhereError)

    const end = await run.close()
    expect(end.status).toBe('paused')
    expect(manager.held.size).toBe(0)
    expect((await b.journal.listUnfinishedRuns()).map((r) => r.historyStatus)).toEqual(['paused'])
  })

  it('offers a run whose tab went away at once, and resumes it deleting each id once', async () => {
    const manager = new FakeLockManager()
    const ids = range(80)
    const { a, b, start, port } = await twoTabs(ids, manager)
    port.fault = (_id, call) => (call % 9 === 0 ? 'lost' : undefined)
    const first = await interruptAt(port, start, 30)
    await new Promise((resolve) => setTimeout(resolve, 10))
    const stored = await a.journal.loadRun(first.id)
    expect(stored?.run.status).toBe('running')
    expect(stored?.rows.some((row) => row.state === 'sent')).toBe(true)

    // No time has passed: without locks this would still look like a live run.
    const offered = await b.journal.listUnfinishedRuns(stored?.run.updatedAt ?? 0)
    expect(offered.map((r) => [r.id, r.historyStatus])).toEqual([[first.id, 'interrupted']])

    const waiting = b.journal.locks.whenFree(first.id, new AbortController().signal)
    await expect(waiting).resolves.toBeUndefined()

    const second = await RemovalRun.resume(b.deps, first.id)
    expect((await a.journal.listRuns()).map((r) => r.historyStatus)).toEqual(['elsewhere'])
    const end = await second.whenSettled()
    expect(end).toMatchObject({ status: 'completed', counts: { removed: ids.length } })
    // A second successful DELETE of an id would count 2 (the real tenant would answer 409).
    expect([...port.deletes.keys()].sort((x, y) => x - y)).toEqual(ids)
    expect([...port.deletes.values()].every((n) => n === 1)).toBe(true)
  })

  it('wakes a tab waiting on a run when the holder lets go, and stops waiting when aborted', async () => {
    const manager = new FakeLockManager()
    const { b, start } = await twoTabs(range(5), manager)
    const run = await start()
    run.pause()
    let freed = false
    void b.journal.locks.whenFree(run.id, new AbortController().signal).then(() => (freed = true))
    const stop = new AbortController()
    const aborted = b.journal.locks.whenFree(run.id, stop.signal)
    stop.abort()
    await expect(aborted).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(freed).toBe(false)
    await run.close()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(freed).toBe(true)
  })
})

describe('RunLocks without the Web Locks API', () => {
  it('falls back to how long a running run has been silent', async () => {
    const { b, start, port } = await twoTabs(range(30), undefined)
    expect(b.journal.locks.supported).toBe(false)
    const first = await interruptAt(port, start, 10)
    const stored = await b.journal.loadRun(first.id)
    const lastWrite = stored?.run.updatedAt ?? 0
    expect((await b.journal.listUnfinishedRuns(lastWrite + 1000)).map((r) => r.id)).toEqual([])
    expect((await b.journal.listRuns(lastWrite + 1000)).map((r) => r.historyStatus)).toEqual([
      'running',
    ])
    const later = await b.journal.listUnfinishedRuns(lastWrite + STALE_AFTER_MS + 1)
    expect(later.map((r) => [r.id, r.historyStatus])).toEqual([[first.id, 'interrupted']])
    const end = await (await RemovalRun.resume(b.deps, first.id)).whenSettled()
    expect(end.counts.removed).toBe(30)
  })
})
