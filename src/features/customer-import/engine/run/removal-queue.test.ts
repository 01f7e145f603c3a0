// @vitest-environment node
import { fakeClock, FakeTenantPort } from '../removal-tenant-port.test-double'
import { range, TEST_RUN_INFO, testPlan } from '../removal-run.test-helpers'
import { defaultRetryPolicy } from '../retry-policy'
import { ImportJournal } from './import-journal'
import { JournalGroupCommit } from './journal-group-commit'
import { RemovalQueue, type QueueEvent } from './removal-queue'
import { newRunRecord } from './run-opening'
import { RunRows } from './run-rows'

let dbCount = 0
async function setup(ids: number[], concurrency = 3) {
  const port = new FakeTenantPort()
  ids.forEach((id) => port.add(id))
  const journal = await ImportJournal.open(`queue-test-${++dbCount}`)
  const clock = fakeClock()
  const record = newRunRecord(TEST_RUN_INFO, ids.length, clock.now())
  const plan = { ...testPlan(ids), runId: record.id }
  await journal.createRun(record, plan)
  const rows = new RunRows(plan)
  const events: QueueEvent[] = []
  let wake = () => {}
  const options = { runId: record.id, port, clock, retry: defaultRetryPolicy, concurrency }
  const queue = new RemovalQueue(
    options,
    rows,
    new JournalGroupCommit(journal, () => record),
    (event) => {
      events.push(event)
      if (event.type === 'idle' && !queue.busy) wake()
    },
  )
  /** Resolves at the next 'idle' with no worker going and no outcome being journaled. */
  const idle = () =>
    new Promise<void>((resolve) => {
      wake = resolve
    })
  return { port, rows, queue, events, idle }
}

describe('RemovalQueue', () => {
  it('sends only after start(), within its concurrency, and reports through its one listener', async () => {
    const { port, rows, queue, events, idle } = await setup(range(20))
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(port.deleteCalls).toEqual([])

    const done = idle()
    queue.start()
    await done
    expect(rows.counts.removed).toBe(20)
    expect(port.deleteCalls).toHaveLength(20)
    expect(port.maxInFlight).toBeLessThanOrEqual(3)
    expect(events.filter((e) => e.type === 'rows' && e.settled)).toHaveLength(20)
    expect(events.at(-1)).toEqual({ type: 'idle' })
  })

  it('stop() lets requests in flight finish and takes no new row; start() goes on', async () => {
    const { port, rows, queue, idle } = await setup(range(30), 2)
    port.onDelete = (call) => {
      if (call === 4) queue.stop()
    }
    const stopped = idle()
    queue.start()
    await stopped
    const sent = port.deleteCalls.length
    expect(sent).toBeLessThan(30)
    expect(rows.counts.removed).toBe(sent)

    const finished = idle()
    queue.start()
    await finished
    expect(rows.counts.removed).toBe(30)
    expect(port.deleteCalls).toHaveLength(30)
  })

  it('reports a refused token as a halt and puts the row back, for the run to pause', async () => {
    const { port, rows, queue, events } = await setup(range(10), 1)
    port.fault = () => 'unauthorized'
    queue.start()
    await vi.waitFor(() => expect(events).toContainEqual({ type: 'halt', reason: 'unauthorized' }))
    queue.stop()
    await vi.waitFor(() => expect(queue.busy).toBe(false))
    expect(rows.counts).toMatchObject({ failed: 0, removed: 0, pending: 10 })
  })
})
