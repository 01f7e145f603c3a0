import { screen, within } from '@testing-library/react'
import { http } from 'msw'
import type { ReactNode } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import { renderWithProviders } from '../../testing/render-with-providers'
import { testServer, testTenant, TEST_SEARCH_URL } from '../../testing/test-server'
import type { CustomerCellContext } from './customer-columns'
import { CustomersPage } from './customers-page'

/**
 * Holds the list's search answers (those `held` picks by their URL; all by default) until
 * `release()`; the tenant then answers them as usual.
 */
export function holdSearchAnswers(held: (url: URL) => boolean = () => true): {
  release: () => void
} {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  testServer.use(
    http.post(TEST_SEARCH_URL, async ({ request }) => {
      if (held(new URL(request.url))) await released
      return undefined
    }),
  )
  return { release }
}

/** The customers page at `route`, mounted at /customers like the app does. */
export function renderCustomersPage(
  route = '/customers',
  rowAction?: (customer: CustomerSummary, row: CustomerCellContext) => ReactNode,
) {
  return renderWithProviders(<CustomersPage rowAction={rowAction} />, {
    route,
    path: '/customers',
  })
}

/** The customers table, found by its role and accessible name. */
export function customersTable(): HTMLElement {
  return screen.getByRole('table', { name: 'Customers' })
}

/**
 * The ids in the table, top to bottom, read from each body row's ID link. The rows are read
 * from the DOM, not by role: waitFor polls this on every change, and a role query per row
 * (each computing styles for the row's ancestors) was a fifth of the component tests' CPU.
 */
export function shownIds(): number[] {
  return [...customersTable().querySelectorAll('tbody tr')].flatMap((row) => {
    const link = row.querySelector('a[href]')
    return link ? [Number(link.textContent)] : []
  })
}

/** Customer `id`'s row in the table. */
export function customerRow(id: number): HTMLElement {
  const row = customersTable().querySelector<HTMLElement>(`tbody tr[data-customer-id="${id}"]`)
  if (!row)
    throw new Error(`Customer ${id} has no row in the table (shown: ${shownIds().join(', ')})`)
  return row
}

/**
 * The checkbox that selects customer `id`, by its accessible name, looked for within its row:
 * a query over the whole page computes the name of every row's checkbox.
 */
export function rowCheckbox(id: number): HTMLElement {
  return within(customerRow(id)).getByRole('checkbox', { name: `Select customer ${id}` })
}

/** The live region that states how many customers match. */
export function countStatus(): HTMLElement {
  const region = screen
    .getAllByRole('status')
    .find((element) => /customers?|Loading/.test(element.textContent))
  if (!region) throw new Error('No status region with the customer count')
  return region
}

/** The search requests the test tenant received, as URL query strings. */
export function searchRequests(): string[] {
  return (
    testTenant()
      .requests.filter((request) => request.path.includes('Autopal.Search()'))
      .map((request) => request.query)
      // The Status filter's count of the tenant's statuses (a terms aggregation) is no page.
      .filter((query) => query !== '$top=1&$start=0')
  )
}
