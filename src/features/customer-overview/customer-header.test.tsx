import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { customerKeys } from '../../api/customer-queries'
import type { CustomerSummary } from '../../api/customer-schema'
import type { CustomerSearchResult } from '../../api/search-query'
import { DEMO_FIXTURES } from '../../mocks/fixtures'
import { customerSummary } from '../../testing/customer-summary'
import { createTestQueryClient, renderWithProviders } from '../../testing/render-with-providers'
import { testTenant } from '../../testing/test-server'
import { generationName } from './details-view'
import { PanelErrorBoundary } from './panel-error-boundary'
import { OVERVIEW_PATH, OverviewRoute, loadedPanel, openTab } from './overview-test-helpers'

const FULL = DEMO_FIXTURES.full

function summary(overrides: Partial<CustomerSummary>): CustomerSummary {
  return customerSummary({
    id: FULL.id,
    status: 'Active',
    firstName: FULL.firstName,
    lastName: FULL.lastName,
    displayName: FULL.name,
    ...overrides,
  })
}

/** The overview in per-object mode, with a list search already in the cache. */
function renderFromList(rows: CustomerSummary[], route = `/customers/${FULL.id}`) {
  const queryClient = createTestQueryClient()
  const data: CustomerSearchResult = { rows, total: rows.length }
  queryClient.setQueryData(
    customerKeys.search({
      q: 'Fullerton',
      page: 1,
      pageSize: 25,
      sort: { field: 'id', direction: 'asc' },
    }),
    data,
  )
  const user = userEvent.setup()
  renderWithProviders(<OverviewRoute fetchStyle="per-object" />, {
    route,
    path: OVERVIEW_PATH,
    queryClient,
  })
  return { user }
}

function gets(): string[] {
  return testTenant()
    .requests.filter((request) => request.method === 'GET')
    .map((request) => request.path)
}

async function header(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 1 })
  const element = heading.closest('header')
  if (!element) throw new Error('no header')
  return element
}

describe('customer overview header', () => {
  it('per object: shows the phone and place of the list row, asking for nothing more', async () => {
    renderFromList([
      summary({
        primaryPhone: '3125550101',
        city: 'Chicago',
        state: 'geo.state.IL',
        zipcode: '60606',
      }),
    ])
    const head = await header()
    await loadedPanel()
    expect(head).toHaveTextContent('(312) 555-0101')
    expect(head).toHaveTextContent('Chicago, IL 60606')
    expect(within(head).getByRole('link', { name: 'All phones' })).toHaveAttribute(
      'href',
      `/customers/${FULL.id}/phones`,
    )
    expect(within(head).getByRole('link', { name: 'Full address' })).toBeInTheDocument()
    expect(within(head).queryByRole('link', { name: 'Show phones' })).not.toBeInTheDocument()
    expect(gets()).toEqual([`odata.svc/Customers(${FULL.id})`])
  })

  it('keeps the links when the list row has no phone or place, or is not cached', async () => {
    renderFromList([summary({ id: 999_999 }), summary({})])
    const head = await header()
    expect(within(head).getByRole('link', { name: 'Show phones' })).toBeInTheDocument()
    expect(within(head).getByRole('link', { name: 'Show address' })).toBeInTheDocument()
  })

  it('once the Phones tab is loaded, shows its primary phone with the do-not-call flag', async () => {
    const { user } = renderFromList([summary({ primaryPhone: '9995550000' })])
    await header()
    await openTab(user, 'Phones')
    const head = await header()
    expect(head).toHaveTextContent('(312) 555-0101')
    expect(head).not.toHaveTextContent('(999) 555-0000')
  })

  it('names the contact of a company', async () => {
    renderWithProviders(<OverviewRoute fetchStyle="expand" />, {
      route: `/customers/${DEMO_FIXTURES.company.id}`,
      path: OVERVIEW_PATH,
    })
    const head = await header()
    expect(within(head).getByText('Contact')).toBeInTheDocument()
    const contact = within(head).getByText('Contact').nextElementSibling
    expect(contact?.textContent).toMatch(/\S/)
  })
})

describe('generationName', () => {
  it('words the codes and treats none as no suffix', () => {
    expect(generationName('customer.generationCode.none')).toBeNull()
    expect(generationName(null)).toBeNull()
    expect(generationName('customer.generationCode.jr')).toBe('Jr.')
    expect(generationName('customer.generationCode.iii')).toBe('III')
  })
})

describe('PanelErrorBoundary', () => {
  it('keeps a view that throws inside its panel', () => {
    function Broken(): never {
      throw new Error('odd data')
    }
    const quiet = console.error
    console.error = () => undefined
    try {
      render(
        <div>
          <h1>Header stays</h1>
          <PanelErrorBoundary label="Phones">
            <Broken />
          </PanelErrorBoundary>
        </div>,
      )
    } finally {
      console.error = quiet
    }
    expect(screen.getByRole('heading', { name: 'Header stays' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Phones could not be shown')
  })
})
