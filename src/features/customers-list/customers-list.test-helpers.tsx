import { screen, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import { renderWithProviders } from '../../testing/render-with-providers'
import { testTenant } from '../../testing/test-server'
import type { CustomerCellContext } from './customer-columns'
import { CustomersPage } from './customers-page'

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

/** The ids in the table, top to bottom, read from the ID links. */
export function shownIds(): number[] {
  const table = screen.getByRole('table', { name: 'Customers' })
  return within(table)
    .queryAllByRole('row')
    .slice(1)
    .flatMap((row) => {
      const link = within(row).queryAllByRole('link')[0]
      return link ? [Number(link.textContent)] : []
    })
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
