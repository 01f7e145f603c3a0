// @vitest-environment node
import {
  fakeClock,
  FakeTenantPort,
  seededRandom,
  type DeleteFault,
} from './removal-tenant-port.test-double'
import { ImportJournal } from './run/import-journal'
import { RemovalRun, type RemovalRunDeps } from './removal-run'
import { range, TEST_RUN_INFO, testPlan } from './removal-run.test-helpers'
import { LOST_ANSWER } from './run/lost-answers'

let dbCount = 0
async function setup(ids: number[], concurrency = 4) {
  const port = new FakeTenantPort()
  ids.forEach((id) => port.add(id))
  const journal = await ImportJournal.open(`run-test-${++dbCount}`)
  const deps: RemovalRunDeps = {
    port,
    journal,
    clock: fakeClock(),
    concurrency,
    retry: { random: seededRandom(7) },
  }
  const start = () => RemovalRun.start(deps, TEST_RUN_INFO, testPlan(ids))
  return { port, journal, deps, start }
}

function expectEachRemovedOnce(run: RemovalRun, port: FakeTenantPort) {
  const total = run.getSnapshot().total
  for (let i = 0; i < total; i++) {
    const row = run.getRow(i)
    const deletes = port.deletes.get(row?.customerId ?? -1) ?? 0
    expect(deletes, `customer ${row?.customerId} (${row?.state})`).toBe(
      row?.state === 'removed' ? 1 : 0,
    )
  }
}

describe('RemovalRun', () => {
  it('removes every row, with bounded concurrency, and journals the outcome', async () => {
    const { port, journal, start } = await setup(range(200))
    const run = await start()
    const end = await run.whenSettled()
    expect(end).toMatchObject({
      status: 'completed',
      done: 200,
      counts: { removed: 200, failed: 0 },
    })
    expect(port.maxInFlight).toBe(4)
    expect(port.deleteCalls).toHaveLength(200)
    const stored = await journal.loadRun(run.id)
    expect(stored?.run).toMatchObject({ status: 'completed', counts: { removed: 200 } })
    expect(stored?.rows.every((row) => row.state === 'removed')).toBe(true)
  })

  it('survives injected faults: each confirmed id deleted exactly once, 409s not retried', async () => {
    const ids = range(1500)
    const { port, deps, start } = await setup(ids, 6)
    const gone = new Set(range(30, 1100)) // removed by someone else after validation
    gone.forEach((id) => port.customers.delete(id))
    const random = seededRandom(42)
    port.fault = (id): DeleteFault | undefined => {
      if (gone.has(id)) return undefined
      const r = random()
      if (r < 0.1) return 'server'
      if (r < 0.15) return 'rate-limited'
      if (r < 0.18) return 'timeout'
      if (r < 0.21) return 'lost'
      return undefined
    }
    const run = await start()
    const end = await run.whenSettled()
    expect(end.status).toBe('completed')
    expectEachRemovedOnce(run, port)
    expect(port.maxInFlight).toBeLessThanOrEqual(6)
    const conflicts = range(1500)
      .map((_, i) => run.getRow(i))
      .filter((row) => gone.has(row?.customerId ?? 0))
    for (const row of conflicts) {
      expect(row).toMatchObject({ state: 'failed', attempts: 1 })
      expect(row?.message).toMatch(/not found/)
    }
    expect(end.counts.removed).toBeGreaterThan(1400)
    expect(end.counts.removed + end.counts.failed).toBe(1500)
    // Retry-After was honoured: no sleep after a 429 was shorter than 2 s.
    expect(Math.max(...(deps.clock as ReturnType<typeof fakeClock>).slept)).toBeGreaterThanOrEqual(
      2000,
    )
    // Nothing outside the plan was touched.
    expect(port.deleteCalls.every((id) => ids.includes(id))).toBe(true)
  })

  it('pauses (in-flight finish), resumes, and adjusts concurrency mid-run', async () => {
    const { port, start } = await setup(range(120), 2)
    const holder: { run?: RemovalRun } = {}
    port.onDelete = (call) => {
      if (call === 20) holder.run?.pause()
    }
    const run = (holder.run = await start())
    const paused = await run.whenSettled()
    expect(paused.status).toBe('paused')
    expect(port.inFlight).toBe(0)
    const sent = port.deleteCalls.length
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(port.deleteCalls.length).toBe(sent)
    expect(paused.counts.pending).toBe(120 - sent)
    port.maxInFlight = 0
    run.setConcurrency(40)
    expect(run.getSnapshot().concurrency).toBe(16)
    run.resume()
    expect((await run.whenSettled()).status).toBe('completed')
    expect(port.maxInFlight).toBeGreaterThan(2)
    expect(port.maxInFlight).toBeLessThanOrEqual(16)
    expectEachRemovedOnce(run, port)
  })

  it('cancels: no more requests, the rest skipped', async () => {
    const { port, journal, start } = await setup(range(100))
    const holder: { run?: RemovalRun } = {}
    port.onDelete = (call) => {
      if (call === 10) holder.run?.cancel()
    }
    const run = (holder.run = await start())
    const end = await run.whenSettled()
    expect(end.status).toBe('cancelled')
    expect(end.counts.removed).toBe(port.deleteCalls.length)
    expect(end.counts.skipped).toBe(100 - port.deleteCalls.length)
    expect(run.getRow(99)).toMatchObject({
      state: 'skipped',
      message: 'Cancelled before it was sent.',
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    const stored = await journal.loadRun(run.id)
    expect(stored?.run.status).toBe('cancelled')
    expect(stored?.rows.filter((row) => row.state === 'skipped')).toHaveLength(end.counts.skipped)
  })

  it('pauses the whole run on an unauthorized answer and resumes after reconnecting', async () => {
    const { port, start } = await setup(range(40))
    port.fault = (_id, call) => (call === 5 ? 'unauthorized' : undefined)
    const run = await start()
    const paused = await run.whenSettled()
    expect(paused).toMatchObject({ status: 'paused', pauseReason: 'unauthorized' })
    run.resume()
    expect((await run.whenSettled()).counts.removed).toBe(40)
    expectEachRemovedOnce(run, port)
  })

  it('with pauseAfterTransient (server runs), pauses on an outage instead of failing its rows', async () => {
    const { port, deps } = await setup(range(60))
    let down = false
    port.fault = (_id, call) => {
      if (call === 10) down = true
      return down ? 'server' : undefined
    }
    const run = await RemovalRun.start(
      { ...deps, retry: { ...deps.retry, pauseAfterTransient: 6 } },
      TEST_RUN_INFO,
      testPlan(range(60)),
    )
    const paused = await run.whenSettled()
    expect(paused).toMatchObject({ status: 'paused', pauseReason: 'tenant-unavailable' })
    expect(paused.counts.failed).toBe(0)
    down = false
    run.resume()
    const end = await run.whenSettled()
    expect(end.counts).toMatchObject({ removed: 60, failed: 0 })
    expectEachRemovedOnce(run, port)
  })

  it('with pauseAfterTransient, a run of 429s pauses as rate-limited; without it rows retry', async () => {
    const { port, deps } = await setup(range(20))
    port.fault = () => 'rate-limited'
    const run = await RemovalRun.start(
      { ...deps, retry: { ...deps.retry, pauseAfterTransient: 4 } },
      TEST_RUN_INFO,
      testPlan(range(20)),
    )
    expect(await run.whenSettled()).toMatchObject({
      status: 'paused',
      pauseReason: 'rate-limited',
      counts: { failed: 0, removed: 0 },
    })
    run.dispose()
  })

  it('retries failed rows in a new pass after the end', async () => {
    const { port, start } = await setup(range(20))
    port.add(1005, 1)
    const run = await start()
    expect((await run.whenSettled()).counts.failed).toBe(1)
    port.add(1005, 0)
    run.retryFailed()
    const end = await run.whenSettled()
    expect(end.counts).toMatchObject({ removed: 20, failed: 0 })
    expectEachRemovedOnce(run, port)
  })

  it('resumes from the journal after the tab went away, never deleting twice', async () => {
    const { port, deps, journal, start } = await setup(range(300))
    port.fault = (_id, call) => (call % 13 === 0 ? 'lost' : undefined)
    const interrupted: { run?: RemovalRun } = {}
    const gone = new Promise<void>((resolve) => {
      port.onDelete = (call) => {
        if (call !== 120) return
        interrupted.run?.dispose()
        resolve()
      }
    })
    const first = (interrupted.run = await start())
    await gone
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(port.inFlight).toBe(0)
    const stored = await journal.loadRun(first.id)
    expect(stored?.rows.some((row) => row.state === 'sent')).toBe(true)
    const unfinished = await journal.listUnfinishedRuns(deps.clock.now() + 10 * 60_000)
    expect(unfinished.map((run) => run.id)).toEqual([first.id])
    const checksBefore = port.presenceChecks.length
    const second = await RemovalRun.resume({ ...deps, clock: fakeClock() }, first.id)
    const end = await second.whenSettled()
    expect(end).toMatchObject({ status: 'completed', counts: { removed: 300 } })
    // The rows sent without an answer were checked with a plain GET, never by search.
    expect(port.presenceChecks.length).toBeGreaterThan(checksBefore)
    expect(port.lookupBatches).toEqual([])
    expectEachRemovedOnce(second, port)
    expect(port.deleteCalls.filter((id) => id === 1000)).toHaveLength(1)
  })

  it('never reports Removed from a search: a lagging or short search changes nothing', async () => {
    const { port, start } = await setup(range(80))
    port.fault = (_id, call) => (call % 5 === 0 ? 'lost' : call % 7 === 0 ? 'server' : undefined)
    // A search that would mislead: it finds nobody, as a short answer would.
    port.lookupCustomers = () => Promise.resolve([])
    const run = await start()
    const end = await run.whenSettled()
    expect(end.counts).toMatchObject({ removed: 80, failed: 0 })
    expectEachRemovedOnce(run, port)
    const lost = Array.from({ length: 80 }, (_, i) => run.getRow(i)).filter(
      (row) => row?.message === LOST_ANSWER,
    )
    expect(lost.length).toBeGreaterThan(0)
    for (const row of lost) expect(port.customers.has(row?.customerId ?? -1)).toBe(false)
  })

  it('Retry failed checks each row first and reports an applied delete Removed (confirmed)', async () => {
    const { port, start } = await setup(range(10))
    // The first DELETE of 1003 goes through but its answer is lost, and every check fails:
    // the row ends failed ("could not be confirmed") although the customer is gone.
    port.fault = (id, call) => (id === 1003 && call <= 10 ? 'lost' : undefined)
    port.presenceFails = true
    const run = await start()
    const first = await run.whenSettled()
    expect(first.counts).toMatchObject({ removed: 9, failed: 1 })
    expect(run.getRow(3)?.message).toMatch(/could not be confirmed/)
    port.presenceFails = false
    const sent = port.deleteCalls.length
    run.retryFailed()
    const end = await run.whenSettled()
    expect(end.counts).toMatchObject({ removed: 10, failed: 0 })
    expect(run.getRow(3)).toMatchObject({ state: 'removed', message: LOST_ANSWER })
    expect(LOST_ANSWER).toMatch(/^Removed \(confirmed\)/)
    expect(port.deleteCalls.length).toBe(sent) // no second DELETE
    expectEachRemovedOnce(run, port)
  })

  it('Retry failed sends again only what the check finds still there', async () => {
    const { port, start } = await setup(range(5))
    port.add(1002, 1)
    const run = await start()
    expect((await run.whenSettled()).counts.failed).toBe(1)
    port.add(1002, 0)
    port.presenceChecks.length = 0
    run.retryFailed()
    expect((await run.whenSettled()).counts).toMatchObject({ removed: 5, failed: 0 })
    expect(port.presenceChecks).toEqual([1002])
    expect(run.getRow(2)).toMatchObject({ state: 'removed', message: '' })
  })
})
