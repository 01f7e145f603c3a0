import Papa from 'papaparse'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { captureDownloads } from '../../lib/download-file.test-double'
import { testServer, testTenant } from '../../testing/test-server'
import { fakeClock } from './engine/removal-tenant-port.test-double'
import {
  range,
  renderImportPage,
  startRun,
  stat,
  tableRows,
  waitForRunEnd,
} from './import-test-helpers'

/** Ids the tenant really removed, from its delete hook; and the DELETEs that reached its logic. */
function expectEachDeletedOnce(removedIds: number[], planned: number[]) {
  const tenant = testTenant()
  expect(tenant.deletedIds()).toEqual([...removedIds].sort((a, b) => a - b))
  // A DELETE answered 409 "already deleted" would mean one was sent twice.
  const conflicts = tenant.requests.filter((r) => r.method === 'DELETE' && r.status === 409)
  expect(conflicts).toEqual([])
  const touched = new Set(
    tenant.requests.filter((r) => r.method === 'DELETE').map((r) => r.customerId),
  )
  expect([...touched].every((id) => id !== undefined && planned.includes(id))).toBe(true)
}

function resultsById(csv: string): Map<number, string> {
  const rows = Papa.parse<string[]>(csv.trim()).data.slice(1)
  const sent = rows.filter((cells) => cells[3] !== 'rejected at validation')
  return new Map(sent.map((cells) => [Number(cells[1]), cells[3] ?? '']))
}

describe('Import run', () => {
  it('survives 500s, 429s, timeouts, lost and unclear answers on the strict fake: each id deleted once', async () => {
    const user = userEvent.setup()
    const saved = captureDownloads()
    const clock = fakeClock()
    renderImportPage({ clock, timeoutMs: 150, concurrency: 6 })
    const planned = range(120, 1012)
    const confirmed = await startRun(user, planned, () => {
      const tenant = testTenant()
      tenant.faults.configure({
        seed: 11,
        failure5xxRate: 0.1,
        rate429: 0.05,
        retryAfterSeconds: 2,
        timeoutRate: 0.03,
        faultAfterDeleteRate: 0.08,
        faultAfterDeleteKind: 'server-error',
        hangMs: 1000,
      })
      // DELETEs that answer 2xx without `d` (applied) or 200 with an error shape (not applied).
      tenant.faults.failNext(3, 'no-d', { method: 'DELETE', phase: 'after' })
      tenant.faults.failNext(3, 'error-200', { method: 'DELETE' })
      // Strict as LoanPro (on by default; stated here because this suite depends on them):
      // search answers cut short and an index that lags deletes, so search proves nothing.
      Object.assign(tenant.strictness, { shortSearchRate: 0.3, indexLagMs: 2_000 })
      expect(tenant.strictness).toMatchObject({ recordedCors: true, errorsInDRate: 0.5 })
    })
    await waitForRunEnd()
    const faults = testTenant()
      .requests.filter((r) => r.fault)
      .map((r) => r.fault)
    expect(new Set(faults)).toEqual(
      new Set(['server-error', 'rate-limit', 'timeout', 'no-d', 'error-200']),
    )
    // Retry-After is unreadable cross-origin (recorded CORS): the run backed off on its own.
    expect(clock.slept.length).toBeGreaterThan(0)
    expect(Math.max(...clock.slept)).toBeLessThan(2000)

    expect(stat('Removed')).toBe(String(confirmed))
    expect(stat('Failed')).toBe('0')
    await user.click(screen.getByRole('button', { name: 'Download results' }))
    const outcomes = resultsById(await saved.nth(1))
    expect(outcomes.size).toBe(confirmed)
    const removed = [...outcomes].filter(([, outcome]) => outcome === 'removed').map(([id]) => id)
    expect(removed).toHaveLength(confirmed)
    for (const id of planned)
      expect(testTenant().isDeleted(id)).toBe(outcomes.get(id) === 'removed')
    // The rows on screen agree with the tenant too.
    const shown = tableRows('Import results')
    expect(shown.length).toBeGreaterThan(10)
    for (const cells of shown) {
      expect(testTenant().isDeleted(Number(cells[1]))).toBe(cells[3] === 'Removed')
    }
    expectEachDeletedOnce(removed, planned)
  })

  it('waits as long as Retry-After says when it is readable (through the server proxy)', async () => {
    const user = userEvent.setup()
    const clock = fakeClock()
    renderImportPage({ clock, concurrency: 2 })
    const planned = range(20, 1012)
    const confirmed = await startRun(user, planned, () => {
      testTenant().strictness.recordedCors = false // the proxy reads the header for the browser
      testTenant().faults.configure({ retryAfterSeconds: 2 })
      testTenant().faults.failNext(2, 'rate-limit', { method: 'DELETE' })
    })
    await waitForRunEnd()
    expect(stat('Removed')).toBe(String(confirmed))
    expect(Math.max(...clock.slept)).toBeGreaterThanOrEqual(2000)
    expectEachDeletedOnce(testTenant().deletedIds(), planned)
  })

  it('pauses (requests in flight finish) and resumes to the end', async () => {
    const user = userEvent.setup()
    renderImportPage({ concurrency: 2 })
    const planned = range(30, 1012)
    testTenant().faults.configure({ latencyMs: 15 })
    const confirmed = await startRun(user, planned)
    const progress = screen.getByRole('progressbar', { name: 'Import progress' })
    expect(progress).toHaveAttribute('aria-valuemax', String(confirmed))
    await waitFor(() => expect(Number(progress.getAttribute('aria-valuenow'))).toBeGreaterThan(2))
    await user.click(screen.getByRole('button', { name: 'Pause' }))
    const resume = await screen.findByRole('button', { name: 'Resume' })
    const sent = testTenant().countRequests('DELETE')
    const done = progress.getAttribute('aria-valuenow')
    expect(Number(done)).toBeLessThan(confirmed)
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(testTenant().countRequests('DELETE')).toBe(sent)
    expect(progress).toHaveAttribute('aria-valuenow', done)
    expect(screen.getByText(`${done} of ${confirmed}`)).toBeVisible()

    await user.click(resume)
    await waitForRunEnd()
    expect(progress).toHaveAttribute('aria-valuenow', String(confirmed))
    expect(testTenant().deletedIds()).toHaveLength(confirmed)
    expect(testTenant().countRequests('DELETE')).toBe(confirmed)
  })

  it('pauses on a refused token with the way to Settings; a pause by hand says nothing', async () => {
    const user = userEvent.setup()
    renderImportPage({ concurrency: 1 })
    // Slow enough that the run is still going when Pause is pressed, on a busy machine too: at
    // 15 ms a DELETE, 30 rows could end before the run's view was even looked at, and the run
    // of a test that failed so went on deleting in the next test's tenant.
    testTenant().faults.configure({ latencyMs: 500 })
    await startRun(user, range(30, 1012))
    await user.click(await screen.findByRole('button', { name: 'Pause' }))
    await screen.findByRole('button', { name: 'Resume' })
    // Paused by the person: no reason, no link.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    testServer.use(
      http.delete(/Customers\(\d+\)/, () =>
        HttpResponse.json({ error: { message: 'Invalid token' } }, { status: 401 }),
      ),
    )
    await user.click(screen.getByRole('button', { name: 'Resume' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'LoanPro did not accept the token; reconnect in Settings, then resume.',
    )
    expect(within(alert).getByRole('link', { name: 'Open Settings' })).toHaveAttribute(
      'href',
      '/settings',
    )
    expect(screen.getByRole('button', { name: 'Resume' })).toBeVisible()
  })

  it('resumes a run interrupted by leaving the page, never deleting twice', async () => {
    const user = userEvent.setup()
    const first = renderImportPage({ concurrency: 3, timeoutMs: 150 })
    const planned = range(60, 1012)
    testTenant().faults.configure({ latencyMs: 10, faultAfterDeleteRate: 0.1, seed: 3 })
    const confirmed = await startRun(user, planned)
    const progress = screen.getByRole('progressbar', { name: 'Import progress' })
    await waitFor(() => expect(Number(progress.getAttribute('aria-valuenow'))).toBeGreaterThan(10))
    first.unmount()
    const removedBefore = testTenant().deletedIds().length
    expect(removedBefore).toBeLessThan(confirmed)

    renderImportPage({ journalName: first.journalName, concurrency: 3, timeoutMs: 150 })
    const offer = await screen.findByRole('region', { name: 'Unfinished import' })
    expect(offer).toHaveTextContent('remove.csv')
    expect(offer).toHaveTextContent(/Paused because you left the import page/)
    await user.click(within(offer).getByRole('button', { name: 'Resume import' }))
    await waitForRunEnd()
    expect(stat('Removed')).toBe(String(confirmed))
    const removed = testTenant().deletedIds()
    expect(removed).toHaveLength(confirmed)
    expectEachDeletedOnce(removed, planned)
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Unfinished import' })).not.toBeInTheDocument(),
    )
  })

  it('discards an unfinished run without sending anything', async () => {
    const user = userEvent.setup()
    const first = renderImportPage({ concurrency: 1 })
    testTenant().faults.configure({ latencyMs: 20 })
    await startRun(user, range(20, 1012))
    await waitFor(() => expect(testTenant().deletedIds().length).toBeGreaterThan(0))
    first.unmount()
    renderImportPage({ journalName: first.journalName })
    const offer = await screen.findByRole('region', { name: 'Unfinished import' })
    const sent = testTenant().requests.length
    await user.click(within(offer).getByRole('button', { name: 'Discard' }))
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Unfinished import' })).toBeNull(),
    )
    expect(testTenant().requests.length).toBe(sent)
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Import history' })).toHaveTextContent('Cancelled'),
    )
  })
})
