import { configure, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { Route, Routes } from 'react-router'
import { TeamUserProvider, type SignedInUser, type TeamRole } from '../../api/team-session'
import { ImportEngineProvider } from '../../features/customer-import/import-engine-context'
import { renderWithProviders } from '../../testing/render-with-providers'
import { testServer } from '../../testing/test-server'
import { ConnectionProvider } from '../connection/connection-context'
import { AppLayout } from '../layout/app-layout'
import { Component as CustomerRoute } from './customer-route'
import { Component as CustomersRoute } from './customers-route'
import { Component as ImportRoute } from './import-route'

// Team mode: the UI offers only what the signed-in role may do (the server refuses the rest).
configure({ asyncUtilTimeout: 5000 })

const person = (role: TeamRole): SignedInUser => ({
  name: `Sam ${role}`,
  email: `sam.${role}@example.test`,
  role,
})

function renderAs(user: SignedInUser | null, route: string) {
  return renderWithProviders(
    <TeamUserProvider user={user}>
      <ImportEngineProvider options={{ journalName: `team-permissions-${route}` }}>
        <Routes>
          <Route path="/customers" element={<CustomersRoute />} />
          <Route path="/customers/:id/:tab?" element={<CustomerRoute />} />
          <Route path="/import" element={<ImportRoute />} />
        </Routes>
      </ImportEngineProvider>
    </TeamUserProvider>,
    { route },
  )
}

/** The app shell alone (no page in it): the header and the main navigation. */
function renderShellAs(user: SignedInUser | null) {
  return renderWithProviders(
    <TeamUserProvider user={user}>
      <ConnectionProvider initial={{ kind: 'proxy' }} initialDemo={null}>
        <Routes>
          <Route path="*" element={<AppLayout />} />
        </Routes>
      </ConnectionProvider>
    </TeamUserProvider>,
    { route: '/settings' },
  )
}

// Team mode's runs on the server (asked by the import page and the Import badge).
beforeEach(() => {
  testServer.use(http.get('*/api/runs', () => HttpResponse.json({ runs: [] })))
})

const importLink = () =>
  within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Import' })

async function selectFirstRow() {
  const user = userEvent.setup()
  await user.click(await screen.findByRole('checkbox', { name: 'Select customer 1010' }))
}

describe('team mode: what each role is offered', () => {
  it('offers a viewer no delete and no bulk removal', async () => {
    renderAs(person('viewer'), '/customers')
    await screen.findByRole('link', { name: '1010' })
    expect(screen.queryByRole('button', { name: /^Delete customer/ })).toBeNull()
    await selectFirstRow()
    expect(screen.queryByRole('button', { name: 'Remove selected…' })).toBeNull()
    // A removal file feeds an import, which a viewer may not run.
    expect(screen.queryByRole('button', { name: 'Export removal file' })).toBeNull()
    // Exporting the list itself stays: reading is what a viewer does.
    expect(screen.getByRole('button', { name: /^Export CSV/ })).toBeVisible()
  })

  it('offers an operator the single delete, not the bulk removal or the import', async () => {
    renderAs(person('operator'), '/customers')
    expect(await screen.findByRole('button', { name: 'Delete customer 1010' })).toBeVisible()
    await selectFirstRow()
    expect(screen.queryByRole('button', { name: 'Remove selected…' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Export removal file' })).toBeNull()
  })

  it('offers a bulk remover everything', async () => {
    renderAs(person('bulk-remover'), '/customers')
    expect(await screen.findByRole('button', { name: 'Delete customer 1010' })).toBeVisible()
    await selectFirstRow()
    expect(screen.getByRole('button', { name: 'Remove selected…' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Export removal file' })).toBeEnabled()
  })

  it('changes nothing outside team mode (demo tenant, browser connection)', async () => {
    renderAs(null, '/customers')
    expect(await screen.findByRole('button', { name: 'Delete customer 1010' })).toBeVisible()
    await selectFirstRow()
    expect(screen.getByRole('button', { name: 'Remove selected…' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Export removal file' })).toBeEnabled()
  })

  it("hides the overview's Delete customer from a viewer", async () => {
    renderAs(person('viewer'), '/customers/1010')
    // The header (where the action would be) shows once the customer has loaded.
    await screen.findByRole('heading', { level: 1 })
    expect(screen.queryByRole('button', { name: 'Delete customer' })).toBeNull()
  })

  it("keeps the overview's Delete customer for an operator", async () => {
    renderAs(person('operator'), '/customers/1010')
    expect(await screen.findByRole('button', { name: 'Delete customer' })).toBeVisible()
  })

  it('tells an operator who opens /import that imports need another role', async () => {
    renderAs(person('operator'), '/import')
    expect(await screen.findByRole('heading', { level: 1, name: 'Import customers' })).toBeVisible()
    expect(screen.getByText(/Your role \(Operator\) cannot remove customers in bulk/)).toBeVisible()
    expect(screen.queryByText('Upload')).toBeNull()
  })

  it('lets a bulk remover open the import', async () => {
    renderAs(person('bulk-remover'), '/import')
    expect(await screen.findByRole('heading', { level: 1, name: 'Import customers' })).toBeVisible()
    expect(screen.queryByText(/cannot remove customers in bulk/)).toBeNull()
  })
})

describe('team mode: the app shell', () => {
  /** The server's audit log: who asks is counted; an operator or admin may read it. */
  let auditAsked = 0
  beforeEach(() => {
    auditAsked = 0
    testServer.use(
      http.get('*/api/audit', () => {
        auditAsked += 1
        return HttpResponse.json({ entries: [], total: 0, page: 1, pageSize: 1, scope: 'own' })
      }),
    )
  })
  const auditLink = () =>
    within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Audit' })

  it('offers Audit to a signed-in person the server lets read it', async () => {
    renderShellAs(person('operator'))
    expect(await screen.findByRole('link', { name: 'Audit' })).toBeVisible()
  })

  it('asks nothing about an audit log outside team mode', async () => {
    renderShellAs(null)
    await screen.findByRole('navigation', { name: 'Main' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(auditAsked).toBe(0)
    expect(auditLink()).toBeNull()
  })

  it('lists Import only for roles that may run one', () => {
    const { unmount } = renderShellAs(person('operator'))
    expect(importLink()).toBeNull()
    unmount()
    renderShellAs(person('bulk-remover'))
    expect(importLink()).toBeVisible()
  })

  it('shows no one signed in, and Import, outside team mode', () => {
    renderShellAs(null)
    expect(importLink()).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull()
  })

  it('shows who is signed in, and Sign out', () => {
    renderShellAs(person('admin'))
    const banner = screen.getByRole('banner')
    expect(within(banner).getByText('Sam admin')).toBeVisible()
    expect(within(banner).getByText('Admin')).toBeVisible()
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeVisible()
  })
})
