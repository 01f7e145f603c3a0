// @vitest-environment node
import { fakeClock, FakeTenantPort } from './removal-tenant-port.test-double'
import { ImportEngine } from './import-engine'
import { ImportJournal } from './run/import-journal'
import { runResultsCsv } from './run/run-results-csv'

let db = 0
async function engineWith(port: FakeTenantPort) {
  const journal = await ImportJournal.open(`engine-test-${++db}`)
  const clock = fakeClock()
  return { engine: new ImportEngine({ port, journal, clock }), journal, clock }
}

const csv = (name: string, text: string) => new File([text], name)

describe('ImportEngine', () => {
  it('goes from file to validated to a finished run, and records history', async () => {
    const port = new FakeTenantPort().add(1, 0, '=Evil Corp').add(2, 1).add(3, 0, 'Cy Doe')
    const { engine, journal, clock } = await engineWith(port)
    const phases: string[] = []
    engine.subscribe(() => phases.push(engine.getSnapshot().phase))
    await engine.selectFile(csv('remove.csv', 'action,customerId\nremove,1\nremove,2\nremove,3\n'))
    const validated = engine.getSnapshot()
    expect(validated).toMatchObject({ phase: 'validated', validationType: 'file', runnable: 0 })
    expect(phases).toContain('parsing')
    expect(phases).toContain('checking-tenant')
    engine.setValidationType('line')
    expect(engine.getSnapshot()).toMatchObject({ runnable: 2, validation: validated.validation })
    expect(await engine.errorReportCsv()).toContain('remove,2,Linked to 1 loan;')

    const run = await engine.startRun()
    expect(run).not.toBeNull()
    const end = await run?.whenSettled()
    expect(end).toMatchObject({ status: 'completed', counts: { removed: 2 } })
    expect([...port.deletes.keys()].sort()).toEqual([1, 3])

    const history = await journal.listRuns(clock.now())
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({
      fileName: 'remove.csv',
      source: 'file',
      validationType: 'line',
      status: 'completed',
      historyStatus: 'completed',
      counts: { removed: 2, failed: 0, skipped: 0 },
      rejected: 1,
      total: 2,
    })
    expect(history[0]?.finishedAt).not.toBeNull()
    expect(await runResultsCsv(journal, run?.id ?? '')).toBe(
      "line,customerId,name,outcome,message\r\n2,1,'=Evil Corp,removed,\r\n4,3,Cy Doe,removed,\r\n" +
        '3,2,,rejected at validation,Linked to 1 loan; unlink them in LoanPro first.\r\n',
    )
  })

  it('refuses a bad file with a reason and reports a failed look-up as retryable', async () => {
    const port = new FakeTenantPort().add(1)
    const { engine } = await engineWith(port)
    await engine.selectFile(csv('book.xlsx', 'PK'))
    expect(engine.getSnapshot().phase).toBe('rejected')
    expect(engine.getSnapshot().message).toMatch(/spreadsheet/)
    await engine.selectFile(csv('ids.csv', 'id\n1\n'))
    expect(engine.getSnapshot().phase).toBe('rejected')
    expect(engine.getSnapshot().message).toMatch(/no "action" column/)
    port.lookupFails = true
    await engine.selectFile(csv('ids.csv', 'action,customerId\nremove,1\n'))
    expect(engine.getSnapshot().phase).toBe('lookup-failed')
    expect(engine.getSnapshot().message).toMatch(/Try again/)
    port.lookupFails = false
    await engine.checkTenant()
    expect(engine.getSnapshot()).toMatchObject({ phase: 'validated', runnable: 1 })
  })

  it('lists history newest first and marks a silent running run as interrupted', async () => {
    const port = new FakeTenantPort().add(1).add(2)
    const { engine, journal, clock } = await engineWith(port)
    await engine.selectFile(csv('first.csv', 'action,customerId\nremove,1\n'))
    await (await engine.startRun())?.whenSettled()
    engine.reset()
    await clock.sleep(1000)
    await engine.selectFile(csv('second.csv', 'action,customerId\nremove,2\n'))
    const run = await engine.startRun()
    run?.pause()
    await run?.whenSettled()
    const history = await journal.listRuns(clock.now())
    expect(history.map((h) => [h.fileName, h.historyStatus])).toEqual([
      ['second.csv', 'paused'],
      ['first.csv', 'completed'],
    ])
    expect((await journal.listUnfinishedRuns(clock.now())).map((r) => r.fileName)).toEqual([
      'second.csv',
    ])
  })
})
