// @vitest-environment node
import { fakeClock, FakeTenantPort } from './removal-tenant-port.test-double'
import { ImportEngine, NO_DATA_ROWS } from './import-engine'
import { ImportJournal } from './run/import-journal'
import { RunLocks, type LockManagerLike } from './run/run-locks'

/** A lock manager for one tab: enough to tell whether the tab still holds a run. */
class OneTabLocks implements LockManagerLike {
  readonly held = new Set<string>()
  async request(
    name: string,
    options: { ifAvailable?: boolean },
    callback: (lock: object | null) => Promise<void> | void,
  ): Promise<unknown> {
    if (this.held.has(name)) return options.ifAvailable ? callback(null) : undefined
    this.held.add(name)
    try {
      return await callback({ name })
    } finally {
      this.held.delete(name)
    }
  }
  query() {
    return Promise.resolve({ held: [...this.held].map((name) => ({ name })) })
  }
}

let db = 0
const csv = (name: string, text: string) => new File([text], name)
const removal = (ids: number[]) =>
  ['action,customerId', ...ids.map((id) => `remove,${id}`)].join('\n')

async function engineWith(port: FakeTenantPort) {
  const journal = await ImportJournal.open(
    `engine-new-file-${++db}`,
    new RunLocks(new OneTabLocks()),
  )
  const clock = fakeClock()
  const engine = new ImportEngine({ port, journal, clock, concurrency: 1 })
  return { engine, journal, clock }
}

describe('ImportEngine, a new file', () => {
  it('refuses a file with a header row and no customer rows (blank lines ignored)', async () => {
    const { engine } = await engineWith(new FakeTenantPort().add(1))
    for (const text of [
      'action,customerId\n',
      'action,customerId\r\n\r\n\r\n',
      'action,customerId',
    ]) {
      await engine.selectFile(csv('empty.csv', text))
      expect(engine.getSnapshot()).toMatchObject({ phase: 'rejected', message: NO_DATA_ROWS })
    }
  })

  it('sets a paused run aside: unlocked, offered for resuming, and discardable', async () => {
    const port = new FakeTenantPort()
    const ids = Array.from({ length: 20 }, (_, i) => 100 + i)
    for (const id of ids) port.add(id)
    const { engine, journal, clock } = await engineWith(port)
    await engine.selectFile(csv('first.csv', removal(ids)))
    const run = await engine.startRun()
    if (!run) throw new Error('no run')
    run.pause()
    await run.whenSettled()
    expect(journal.locks.owns(run.id)).toBe(true)
    const sent = port.deletes.size

    await engine.selectFile(csv('second.csv', removal([100])))
    await engine.runsReleased()
    expect(engine.getSnapshot()).toMatchObject({ phase: 'validated', run: null })
    expect(journal.locks.owns(run.id)).toBe(false)
    const unfinished = await journal.listUnfinishedRuns(clock.now())
    expect(unfinished.map((r) => [r.fileName, r.historyStatus])).toEqual([['first.csv', 'paused']])

    // Discarding it now really ends it (it was a silent no-op while this tab still held it).
    await journal.discardRun(run.id, clock.now())
    const history = await journal.listRuns(clock.now())
    expect(history[0]).toMatchObject({ fileName: 'first.csv', status: 'cancelled' })
    expect(port.deletes.size).toBe(sent)
  })
})
