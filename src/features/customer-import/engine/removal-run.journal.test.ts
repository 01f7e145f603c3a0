// @vitest-environment node
import { fakeClock, FakeTenantPort, seededRandom } from './removal-tenant-port.test-double'
import { ImportJournal, type JournalRowState } from './run/import-journal'
import { RemovalRun } from './removal-run'
import { range, TEST_RUN_INFO, testPlan } from './removal-run.test-helpers'

const FROM = 5000
let dbCount = 0

/**
 * A run over `count` customers whose journal remembers, per row, the last state that was
 * durably written, and can be made to fail its writes.
 */
async function setup(count: number, concurrency: number) {
  const port = new FakeTenantPort()
  const ids = range(count, FROM)
  ids.forEach((id) => port.add(id))
  const journal = await ImportJournal.open(`run-journal-test-${++dbCount}`)
  const durable = new Map<number, JournalRowState>()
  const broken = { now: false }
  const write = journal.write.bind(journal)
  journal.write = async (run, rows) => {
    if (broken.now) throw new DOMException('The disk is full.', 'QuotaExceededError')
    await write(run, rows)
    for (const row of rows) durable.set(row.index, row.state)
  }
  // The rule that makes a reload safe: the journal says 'sent' before a DELETE goes out.
  const unjournaled: number[] = []
  const hooks: { onDelete?: (call: number) => void } = {}
  port.onDelete = (call) => {
    const id = port.deleteCalls[call - 1] ?? 0
    if (durable.get(id - FROM) !== 'sent') unjournaled.push(id)
    hooks.onDelete?.(call)
  }
  const deps = {
    port,
    journal,
    clock: fakeClock(),
    concurrency,
    retry: { random: seededRandom(3) },
  }
  const start = () => RemovalRun.start(deps, TEST_RUN_INFO, testPlan(ids))
  return { port, journal, broken, unjournaled, hooks, start }
}

describe('RemovalRun and its journal', () => {
  it('journals every row as sent before its DELETE, retries included', async () => {
    const { port, journal, unjournaled, start } = await setup(300, 8)
    const random = seededRandom(11)
    const failures = new Map<number, number>()
    // Up to two 500s per customer: retried, and each retry is journaled first too.
    port.fault = (id) => {
      const failed = failures.get(id) ?? 0
      if (failed >= 2 || random() >= 0.3) return undefined
      failures.set(id, failed + 1)
      return 'server'
    }
    const run = await start()
    const end = await run.whenSettled()
    expect(end).toMatchObject({ status: 'completed', counts: { removed: 300 } })
    expect(port.deleteCalls.length).toBeGreaterThan(300)
    expect(unjournaled).toEqual([])
    const stored = await journal.loadRun(run.id)
    expect(stored?.rows.every((row) => row.state === 'removed')).toBe(true)
  })

  it('journals the rows marked ahead back as pending on pause, so a discard skips them', async () => {
    const { journal, unjournaled, hooks, start } = await setup(120, 4)
    const holder: { run?: RemovalRun } = {}
    hooks.onDelete = (call) => {
      if (call === 20) holder.run?.pause()
    }
    const run = (holder.run = await start())
    const paused = await run.whenSettled()
    expect(paused.status).toBe('paused')
    const stored = await journal.loadRun(run.id)
    const states = stored?.rows.map((row) => row.state) ?? []
    expect(states.filter((state) => state === 'sent')).toEqual([])
    expect(states.filter((state) => state === 'removed')).toHaveLength(paused.counts.removed)
    await run.close()
    await journal.discardRun(run.id)
    const discarded = await journal.loadRun(run.id)
    expect(discarded?.run).toMatchObject({
      status: 'cancelled',
      counts: { removed: paused.counts.removed, skipped: 120 - paused.counts.removed },
    })
    expect(unjournaled).toEqual([])
  })

  it('pauses when progress cannot be saved, sends nothing unjournaled, and resumes', async () => {
    const { port, broken, unjournaled, hooks, start } = await setup(200, 6)
    hooks.onDelete = (call) => {
      if (call === 40) broken.now = true
    }
    const run = await start()
    const paused = await run.whenSettled()
    expect(paused).toMatchObject({
      status: 'paused',
      pauseReason: 'not-saved',
    })
    const sent = port.deleteCalls.length
    expect(sent).toBeLessThan(200)
    broken.now = false
    run.resume()
    expect((await run.whenSettled()).counts.removed).toBe(200)
    expect(port.deleteCalls.length).toBe(200)
    expect(unjournaled).toEqual([])
  })
})
