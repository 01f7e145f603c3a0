import { waitFor } from '@testing-library/react'
import { customersTable, renderCustomersPage, shownIds } from './customers-list.test-helpers'
import { drawBootRowsInTwoSteps } from './first-screen-rows'

/** Every count of body rows the table held, and whether it said it was busy then. */
function watchRows(): Array<{ rows: number; busy: string | null }> {
  const seen: Array<{ rows: number; busy: string | null }> = []
  const observer = new MutationObserver(() => {
    const table = document.querySelector('table[aria-label="Customers"]')
    const rows = table?.querySelectorAll('tbody tr[data-customer-id]').length ?? 0
    const last = seen.at(-1)
    if (rows > 0 && rows !== last?.rows)
      seen.push({ rows, busy: table?.getAttribute('aria-busy') ?? null })
  })
  observer.observe(document.body, { childList: true, subtree: true })
  return seen
}

describe('The boot’s first rows', () => {
  const height = window.innerHeight
  beforeEach(() => {
    // 720 px: (720 − 280) / 36 rows fit below the page's head, rounded up: 13.
    window.innerHeight = 720
  })
  afterEach(() => {
    window.innerHeight = height
  })

  it('are drawn whole unless the app asked for two steps', async () => {
    const seen = watchRows()
    renderCustomersPage('/customers')
    await waitFor(() => expect(shownIds()).toHaveLength(25))
    expect(seen[0]).toEqual({ rows: 25, busy: 'false' })
  })

  it('come in two steps when the app asks: the first screen, then the rest after its paint', async () => {
    drawBootRowsInTwoSteps()
    const seen = watchRows()
    renderCustomersPage('/customers')
    await waitFor(() => expect(shownIds()).toHaveLength(25))
    expect(seen).toEqual([
      { rows: 13, busy: 'true' },
      { rows: 25, busy: 'false' },
    ])
    expect(customersTable()).toHaveAttribute('aria-busy', 'false')
  })

  it('are split once: the next page of rows comes whole', async () => {
    drawBootRowsInTwoSteps()
    const first = renderCustomersPage('/customers')
    await waitFor(() => expect(shownIds()).toHaveLength(25))
    first.unmount()
    const seen = watchRows()
    renderCustomersPage('/customers?page=2')
    await waitFor(() => expect(shownIds()).toHaveLength(25))
    expect(seen[0]).toEqual({ rows: 25, busy: 'false' })
  })
})
