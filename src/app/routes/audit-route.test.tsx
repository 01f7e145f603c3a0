import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { Route, Routes } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { createLoanProClient } from '../../api/http-client'
import { customerPath } from '../../api/customers'
import { ALL_EXPAND_PATHS } from '../../api/nested-objects'
import type { AuditEntry } from '../../features/audit/audit-types'
import { DEMO_FIXTURES } from '../../mocks/fixtures'
import { renderWithProviders } from '../../testing/render-with-providers'
import { TEST_CONNECTION, testServer, testTenant } from '../../testing/test-server'
import { Component as AuditEntryRoute } from './audit-entry-route'
import { Component as AuditRoute } from './audit-route'

const FULL = DEMO_FIXTURES.full

const entry = (id: string, customerId: number, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  id,
  at: '2026-12-01T14:03:00.000Z',
  actor: { subject: 'sub-op', name: 'Otto Operator', email: 'otto@example.com', role: 'operator' },
  clientIp: '10.0.0.7',
  forwardedFor: null,
  userAgent: 'Firefox',
  customerId,
  runId: null,
  outcome: 'removed',
  status: 200,
  message: null,
  hasSnapshot: true,
  ...extra,
})
const ENTRIES = [
  entry('12', FULL.id, { runId: 'run-7' }),
  entry('11', 1040, { outcome: 'failed', status: 409, message: 'Customer is linked to loans' }),
  entry('10', 1041, {
    outcome: 'refused',
    status: 403,
    hasSnapshot: false,
    actor: { subject: 's-v', name: 'Vera Viewer', email: null, role: 'viewer' },
  }),
]

/** The audit routes of the server, as MSW handlers that record the query strings asked. */
function serveAudit(
  options: { snapshot?: unknown; listStatus?: number; scope?: 'all' | 'own' } = {},
) {
  const asked: URLSearchParams[] = []
  const csvAsked: URLSearchParams[] = []
  const ended: unknown[] = []
  let people = [
    {
      subject: 'sub-op',
      name: 'Otto Operator',
      email: 'otto@example.com',
      sessions: 2,
      lastSignInAt: '2026-12-01T14:00:00.000Z',
    },
  ]
  testServer.use(
    http.get('*/api/sessions', () => HttpResponse.json({ people })),
    http.post('*/api/sessions/end', async ({ request }) => {
      const body = (await request.json()) as { subject: string }
      ended.push(body)
      const count = people.find((p) => p.subject === body.subject)?.sessions ?? 0
      people = people.filter((p) => p.subject !== body.subject)
      return HttpResponse.json({ ended: count })
    }),
    http.get('*/api/audit', ({ request }) => {
      const params = new URL(request.url).searchParams
      asked.push(params)
      if (options.listStatus) {
        return HttpResponse.json({ error: { message: 'no' } }, { status: options.listStatus })
      }
      const outcome = params.get('outcome')
      const entries = outcome ? ENTRIES.filter((e) => e.outcome === outcome) : ENTRIES
      return HttpResponse.json({
        entries,
        total: entries.length,
        page: 1,
        pageSize: 50,
        scope: options.scope ?? 'all',
      })
    }),
    http.get('*/api/audit.csv', ({ request }) => {
      csvAsked.push(new URL(request.url).searchParams)
      return new HttpResponse('Entry,Time (UTC)\r\n12,2026-12-01\r\n', {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="audit-log-2026-12-01.csv"',
        },
      })
    }),
    http.get('*/api/audit/:entryId', ({ params }) => {
      const found = ENTRIES.find((e) => e.id === params.entryId)
      if (!found) return HttpResponse.json({ error: { message: 'none' } }, { status: 404 })
      return HttpResponse.json({
        entry: found,
        snapshot: found.hasSnapshot ? options.snapshot : null,
      })
    }),
  )
  return { asked, csvAsked, ended }
}

/** A real snapshot: the fake tenant's answer to the server's snapshot request. */
async function takeSnapshot(id: number): Promise<unknown> {
  const client = createLoanProClient(TEST_CONNECTION)
  return client.request('GET', customerPath(id), {
    query: { $expand: ALL_EXPAND_PATHS.join(','), nopaging: 'true' },
  })
}

function renderAudit(route: string) {
  const user = userEvent.setup()
  const view = renderWithProviders(
    <Routes>
      <Route path="/audit" element={<AuditRoute />} />
      <Route path="/audit/:entryId/:tab?" element={<AuditEntryRoute />} />
    </Routes>,
    { route },
  )
  return { ...view, user }
}

describe('the Audit page', () => {
  it('lists the entries with who, which customer and the outcome', async () => {
    serveAudit()
    renderAudit('/audit')
    expect(screen.getByRole('heading', { level: 1, name: 'Audit' })).toBeInTheDocument()
    const table = await screen.findByRole('table', { name: 'Audit entries' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(3)
    expect(rows[0]).toHaveTextContent(/Otto Operator.*operator.*1001.*Removed.*run-7/)
    expect(rows[1]).toHaveTextContent(/Failed.*HTTP 409: Customer is linked to loans/)
    expect(rows[2]).toHaveTextContent(/Vera Viewer.*Refused/)
    expect(
      within(rows[0] as HTMLElement).getByRole('link', { name: 'Snapshot of 1001' }),
    ).toHaveAttribute('href', '/audit/12')
    expect(screen.getByText('3 entries')).toBeInTheDocument()
  })

  it('applies filters through the URL and asks the server with them', async () => {
    const { asked } = serveAudit()
    const { user, location } = renderAudit('/audit')
    await screen.findByRole('table', { name: 'Audit entries' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Outcome' }), 'Failed')
    await user.type(screen.getByRole('textbox', { name: 'Customer ID' }), '1040')
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))
    expect(await screen.findByText('1 entry')).toBeInTheDocument()
    expect(location().search).toBe('?customerId=1040&outcome=failed')
    expect(asked.at(-1)?.get('outcome')).toBe('failed')
    expect(asked.at(-1)?.get('customerId')).toBe('1040')
  })

  it('exports the filtered entries as CSV from the server', async () => {
    const { csvAsked } = serveAudit()
    const created: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob)
      return 'blob:audit'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const { user } = renderAudit('/audit?outcome=removed')
    await screen.findByRole('table', { name: 'Audit entries' })
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await vi.waitFor(() => expect(created).toHaveLength(1))
    expect(csvAsked[0]?.get('outcome')).toBe('removed')
    expect(await created[0]?.text()).toMatch(/^Entry,Time \(UTC\)/)
  })

  it("lets an admin end a person's sessions from the Sessions part", async () => {
    const { ended } = serveAudit()
    const { user } = renderAudit('/audit')
    const table = await screen.findByRole('table', { name: 'Signed-in people' })
    expect(screen.getByRole('heading', { level: 2, name: 'Sessions' })).toBeInTheDocument()
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/Otto Operator.*otto@.*2/)
    await user.click(screen.getByRole('button', { name: 'End sessions of Otto Operator' }))
    expect(
      await screen.findByText('Ended 2 sessions of Otto Operator: they must sign in again.'),
    ).toBeInTheDocument()
    expect(ended).toEqual([{ subject: 'sub-op' }])
    expect(await within(table).findByText('No one is signed in.')).toBeInTheDocument()
  })

  it('shows an operator (their own entries) no Sessions part', async () => {
    serveAudit({ scope: 'own' })
    renderAudit('/audit')
    await screen.findByRole('table', { name: 'Audit entries' })
    expect(screen.queryByRole('heading', { name: 'Sessions' })).toBeNull()
    expect(screen.queryByRole('table', { name: 'Signed-in people' })).toBeNull()
  })

  it('says so in words when the role may not read the log', async () => {
    serveAudit({ listStatus: 403 })
    renderAudit('/audit')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your role cannot read the audit log.',
    )
  })
})

describe('an audit entry', () => {
  it("shows the deleted customer's snapshot read-only with the overview's views, asking LoanPro nothing", async () => {
    serveAudit({ snapshot: await takeSnapshot(FULL.id) })
    testTenant().clearLog()
    const { user, location } = renderAudit('/audit/12')
    expect(
      await screen.findByRole('heading', { level: 1, name: /Audit entry 12/ }),
    ).toBeInTheDocument()
    expect(await screen.findByText('Otto Operator')).toBeInTheDocument()
    // One h1, the page's: the customer's name sits below the "Snapshot" h2.
    expect(await screen.findByRole('heading', { level: 3, name: FULL.name })).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(document.querySelectorAll('h1')).toHaveLength(1)
    // The page's own heading keeps focus; the snapshot's overview does not take it.
    expect(screen.getByRole('heading', { level: 1, name: /Audit entry 12/ })).toHaveFocus()
    const tabs = screen.getByRole('tablist', { name: 'Customer sections' })
    expect(screen.queryByRole('button', { name: /Delete customer/ })).toBeNull()
    await user.click(within(tabs).getByRole('tab', { name: /Phones/ }))
    const panel = await screen.findByRole('tabpanel', { name: /Phones/ })
    expect(within(panel).queryByRole('alert')).toBeNull()
    await vi.waitFor(() => expect(location().pathname).toBe('/audit/12/phones'))
    // Everything came from the snapshot: the tenant saw no request at all.
    expect(testTenant().countRequests('*')).toBe(0)
  })

  it('says there is no snapshot when the DELETE was never sent', async () => {
    serveAudit()
    renderAudit('/audit/10')
    expect(await screen.findByText(/No snapshot: the DELETE was not sent/)).toBeInTheDocument()
    expect(screen.queryByRole('tablist')).toBeNull()
  })
})
