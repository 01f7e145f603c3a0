import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { AnnouncerProvider } from '../../components/announcer'
import { createTestQueryClient } from '../../testing/render-with-providers'
import {
  TEST_API_BASE,
  TEST_CONNECTION,
  TEST_TENANT_ID,
  TEST_TOKEN,
} from '../../testing/test-server'
import { ConnectionProvider } from '../connection/connection-context'
import { CONNECTION_META_NAME, readConnectionSettings } from '../connection/connection-settings'
import { SettingsPage } from './settings-page'

function renderSettings(resetDemoData = vi.fn()) {
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <ConnectionProvider
        initial={{ kind: 'demo' }}
        initialDemo={{ connection: TEST_CONNECTION, ready: Promise.resolve(), resetDemoData }}
      >
        <AnnouncerProvider>
          <MemoryRouter>
            <SettingsPage />
          </MemoryRouter>
        </AnnouncerProvider>
      </ConnectionProvider>
    </QueryClientProvider>,
  )
  return { resetDemoData }
}

async function fillTenant(token: string) {
  const user = userEvent.setup()
  await user.click(screen.getByRole('radio', { name: 'LoanPro tenant' }))
  await user.type(screen.getByRole('textbox', { name: 'Base URL' }), TEST_API_BASE)
  await user.type(screen.getByRole('textbox', { name: 'Tenant ID' }), TEST_TENANT_ID)
  await user.type(screen.getByLabelText('API token'), token)
  return user
}

afterEach(() => {
  localStorage.clear()
  sessionStorage.clear()
  document.head.querySelector(`meta[name="${CONNECTION_META_NAME}"]`)?.remove()
})

describe('Settings: connection', () => {
  it('tests a tenant and reports the number of customers', async () => {
    renderSettings()
    const user = await fillTenant(TEST_TOKEN)
    await user.click(screen.getByRole('button', { name: 'Test connection' }))
    const status = screen.getByRole('status', { name: '' })
    expect(await within(status).findByText(/connected.*300 customers/i)).toBeInTheDocument()
  })

  it('says in words that a wrong token or tenant id was refused', async () => {
    renderSettings()
    const user = await fillTenant('wrong-token')
    await user.click(screen.getByRole('button', { name: 'Test connection' }))
    expect(await screen.findByText(/token or the tenant id is wrong/i)).toBeInTheDocument()
    expect(document.body.textContent).not.toContain('wrong-token')
  })

  it('connects, keeping the token out of localStorage', async () => {
    renderSettings()
    const user = await fillTenant(TEST_TOKEN)
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByText('Connected to the LoanPro tenant.')).toBeInTheDocument()
    const stored = Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`)
    expect(stored.join('\n')).not.toContain(TEST_TOKEN)
    expect(readConnectionSettings()).toEqual({
      kind: 'browser',
      baseUrl: TEST_API_BASE,
      tenantId: TEST_TENANT_ID,
      token: TEST_TOKEN,
    })
  })

  it('explains a network or CORS failure in words', async () => {
    renderSettings()
    const user = await fillTenant(TEST_TOKEN)
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockRejectedValue(new TypeError('Failed to fetch'))
    try {
      await user.click(screen.getByRole('button', { name: 'Test connection' }))
      expect(await screen.findByText(/could not be reached.*\(CORS\)/i)).toBeInTheDocument()
    } finally {
      fetchSpy.mockRestore()
    }
  })

  it('sends the token only to an absolute http(s) base URL, and warns about http', async () => {
    renderSettings()
    const user = userEvent.setup()
    await user.click(screen.getByRole('radio', { name: 'LoanPro tenant' }))
    const baseUrl = screen.getByRole('textbox', { name: 'Base URL' })
    await user.type(baseUrl, 'demo.loanpro.test/api/public/api/1/')
    await user.type(screen.getByRole('textbox', { name: 'Tenant ID' }), TEST_TENANT_ID)
    await user.type(screen.getByLabelText('API token'), `  Bearer ${TEST_TOKEN} `)
    expect(screen.getByText(/full address, starting with https/i)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Test connection' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Connect' })).toBeDisabled()

    await user.clear(baseUrl)
    await user.type(baseUrl, 'http://tenant.example/api')
    expect(screen.getByText(/unencrypted/i)).toBeInTheDocument()

    await user.clear(baseUrl)
    await user.type(baseUrl, ` ${TEST_API_BASE.slice(0, -1)} `)
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByText('Connected to the LoanPro tenant.')).toBeInTheDocument()
    expect(readConnectionSettings()).toEqual({
      kind: 'browser',
      baseUrl: TEST_API_BASE,
      tenantId: TEST_TENANT_ID,
      token: TEST_TOKEN,
    })
  })

  it('is read-only when the server supplies the connection', () => {
    const meta = document.createElement('meta')
    meta.name = CONNECTION_META_NAME
    meta.content = 'proxy'
    document.head.append(meta)
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <ConnectionProvider initial={readConnectionSettings()} initialDemo={null}>
          <MemoryRouter>
            <SettingsPage />
          </MemoryRouter>
        </ConnectionProvider>
      </QueryClientProvider>,
    )
    expect(
      screen.getByText(/this server connects to a LoanPro tenant for you/i),
    ).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Base URL' })).toHaveAttribute('readonly')
    expect(screen.queryByRole('button', { name: 'Connect' })).not.toBeInTheDocument()
  })
})

describe('Settings: preferences and demo data', () => {
  it('persists the fetch style', async () => {
    renderSettings()
    const user = userEvent.setup()
    const group = screen.getByRole('radiogroup', { name: 'Fetch style' })
    expect(within(group).getByRole('radio', { name: 'Per object' })).toBeChecked()
    await user.click(within(group).getByRole('radio', { name: '$expand' }))
    expect(localStorage.getItem('cm.fetchStyle')).toBe('expand')
    expect(within(group).getByRole('radio', { name: '$expand' })).toBeChecked()
  })

  it('resets the demo data only after confirmation', async () => {
    const { resetDemoData } = renderSettings()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Reset demo data?' })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(resetDemoData).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }))
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reset demo data' }),
    )
    expect(resetDemoData).toHaveBeenCalledTimes(1)
  })
})
