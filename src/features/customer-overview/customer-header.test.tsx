import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { customerKeys } from '../../api/customer-queries'
import type { CustomerSummary } from '../../api/customer-readers'
import type { CustomerSearchResult } from '../../api/search-query'
import { DEMO_FIXTURES } from '../../mocks/fixtures'
import { customerSummary } from '../../testing/customer-summary'
import { createTestQueryClient, renderWithProviders } from '../../testing/render-with-providers'
import { testTenant } from '../../testing/test-server'
import { generationName } from './details-view'
import { PanelErrorBoundary } from './panel-error-boundary'
import {
  chooseFetchStyle,
  OVERVIEW_PATH,
  OverviewRoute,
  loadedPanel,
  openTab,
} from './overview-test-helpers'

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
  chooseFetchStyle('per-object')
  renderWithProviders(<OverviewRoute />, {
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
  it('per object: reads Phones and Primary Address itself, not a cached list row', async () => {
    renderFromList([
      summary({ primaryPhone: '9995550000', city: 'Springfield', state: 'geo.state.IL' }),
    ])
    const head = await header()
    await loadedPanel()
    expect(head).toHaveTextContent('(312) 555-0101')
    expect(head).toHaveTextContent('233 S Wacker Dr, Suite 4400, Chicago, IL 60606')
    expect(head).not.toHaveTextContent('(999) 555-0000')
    expect(head).not.toHaveTextContent('Springfield')
    expect(gets().sort()).toEqual([
      `odata.svc/Customers(${FULL.id})`,
      `odata.svc/Customers(${FULL.id})/Phones`,
      `odata.svc/Customers(${FULL.id})/PrimaryAddress`,
    ])
  })

  it('stays the same after the Phones and Primary Address tabs are opened', async () => {
    const { user } = renderFromList([])
    const before = (await header()).textContent
    await openTab(user, 'Phones')
    await openTab(user, 'Primary Address')
    expect((await header()).textContent).toBe(before)
    expect(gets()).toHaveLength(3)
  })

  it('says where to look when Phones could not be read, and keeps the rest', async () => {
    testTenant().faults.failNext(1, 'server-error', { path: /Customers\(\d+\)\/Phones$/ })
    renderFromList([])
    const head = await header()
    expect(within(head).getByRole('link', { name: 'open Phones' })).toHaveAttribute(
      'href',
      `/customers/${FULL.id}/phones`,
    )
    expect(head).toHaveTextContent('233 S Wacker Dr')
  })

  it('names the contact of a company', async () => {
    chooseFetchStyle('expand')
    renderWithProviders(<OverviewRoute />, {
      route: `/customers/${DEMO_FIXTURES.company.id}`,
      path: OVERVIEW_PATH,
    })
    const head = await header()
    expect(within(head).getByText('Contact')).toBeInTheDocument()
    const contact = within(head).getByText('Contact').nextElementSibling
    expect(contact?.textContent).toMatch(/\S/)
    // A long address wraps after the @ or before a dot, not inside a word.
    const email = within(head).getByText('Email').nextElementSibling
    expect(email?.textContent).toBe('ap@acmefreight.example')
    expect(email?.querySelectorAll('wbr')).toHaveLength(2)
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
