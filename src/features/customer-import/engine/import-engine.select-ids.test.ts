// @vitest-environment node
import { fakeClock, FakeTenantPort } from './removal-tenant-port.test-double'
import { ImportEngine } from './import-engine'
import { ImportJournal } from './run/import-journal'

let db = 0
async function setup(port: FakeTenantPort, validateOnSelect?: boolean) {
  const journal = await ImportJournal.open(`select-ids-test-${++db}`)
  const clock = fakeClock()
  const engine = new ImportEngine({ port, journal, clock, validateOnSelect })
  return { engine, journal, clock }
}

describe('ImportEngine.selectIds', () => {
  it('validates a selection against the tenant and runs it with source "selection"', async () => {
    const port = new FakeTenantPort().add(5, 0, 'Ann Lee').add(6, 2).add(7, 0, 'Bo Chen')
    const { engine, journal, clock } = await setup(port)
    await engine.selectIds([5, 6, 7, 7, 9, 'x'], 'Selection of 6 customers')
    const snapshot = engine.getSnapshot()
    expect(snapshot).toMatchObject({
      phase: 'validated',
      source: 'selection',
      file: { name: 'Selection of 6 customers', size: 0 },
      runnable: 0,
    })
    expect(snapshot.validation?.problems.map((p) => [p.customerId, p.severity])).toEqual([
      ['7', 'warning'],
      ['x', 'error'],
      ['6', 'error'],
      ['9', 'error'],
    ])
    expect(await engine.errorReportCsv()).toContain('9,No customer with this id in the tenant.')
    engine.setValidationType('line')
    expect(engine.getSnapshot().runnable).toBe(2)
    const run = await engine.startRun()
    expect(await run?.whenSettled()).toMatchObject({ status: 'completed', counts: { removed: 2 } })
    expect([...port.deletes.keys()].sort()).toEqual([5, 7])
    expect(run?.getRow(0)).toMatchObject({ line: 0, customerId: 5, name: 'Ann Lee' })
    const [history] = await journal.listRuns(clock.now())
    expect(history).toMatchObject({
      source: 'selection',
      fileName: 'Selection of 6 customers',
      validationType: 'line',
      counts: { removed: 2, failed: 0, skipped: 0 },
    })
  })

  it('waits for validate() when told to, and refuses an empty selection', async () => {
    const port = new FakeTenantPort().add(5)
    const { engine } = await setup(port, false)
    await engine.selectIds([], 'Nothing')
    expect(engine.getSnapshot()).toMatchObject({
      phase: 'rejected',
      message: 'No customers are selected.',
    })
    await engine.selectIds([5], 'One customer')
    expect(engine.getSnapshot()).toMatchObject({
      phase: 'parsed',
      parsed: { dataRows: 1, errorRows: 0, ids: 1 },
    })
    expect(port.lookupBatches).toHaveLength(0)
    await engine.validate()
    expect(engine.getSnapshot()).toMatchObject({ phase: 'validated', runnable: 1 })
  })
})
