import { act, cleanup, screen, waitFor } from '@testing-library/react'
import {
  customersTable,
  holdSearchAnswers,
  renderCustomersPage,
  shownIds,
} from './customers-list.test-helpers'
import { drawBootRowsInTwoSteps } from './first-screen-rows'

/** requestIdleCallback, run by the test: `idle()` calls what waits for an idle moment. */
function stubIdleCallbacks(): { idle: () => void } {
  let waiting: Array<() => void> = []
  vi.stubGlobal('requestIdleCallback', (work: () => void) => {
    waiting.push(work)
    return waiting.length
  })
  vi.stubGlobal('cancelIdleCallback', () => {
    waiting = []
  })
  return {
    idle: () => {
      const due = waiting
      waiting = []
      for (const work of due) work()
    },
  }
}

const warmUp = () => document.querySelector<HTMLElement>('.customers-table__warm-up')

/** Every count of customer rows the Customers table held, in order. */
function watchRows(): number[] {
  const seen: number[] = []
  const observer = new MutationObserver(() => {
    const rows = document.querySelectorAll(
      'table[aria-label="Customers"] tbody tr[data-customer-id]',
    ).length
    if (rows > 0 && rows !== seen.at(-1)) seen.push(rows)
  })
  observer.observe(document.body, { childList: true, subtree: true })
  return seen
}

describe('Sample rows while the first answer is on its way', () => {
  afterEach(() => {
    // Unmounted first: the page cancels its idle callbacks as it goes.
    cleanup()
    vi.unstubAllGlobals()
  })

  // First: sample rows are drawn once per document (module state), and the next test draws
  // them.
  it('are not drawn for an answer that is already in', async () => {
    const { idle } = stubIdleCallbacks()
    let drawn = false
    new MutationObserver(() => (drawn ||= warmUp() !== null)).observe(document.body, {
      childList: true,
      subtree: true,
    })
    renderCustomersPage('/customers')
    await waitFor(() => expect(shownIds()).toHaveLength(25))
    act(idle)
    // Long enough for a drawn sample's frame to come and go.
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(drawn).toBe(false)
  })

  it('are drawn once the browser is idle, unseen, then gone; the answer’s rows come whole', async () => {
    const { idle } = stubIdleCallbacks()
    const answer = holdSearchAnswers()
    drawBootRowsInTwoSteps()
    const seen = watchRows()
    renderCustomersPage('/customers')
    expect(warmUp()).toBeNull()

    act(idle)
    const sample = await waitFor(() => {
      const element = warmUp()
      if (!element) throw new Error('No sample rows yet')
      return element
    })
    // Out of sight and out of reach: hidden from assistive technology, inert, no second table.
    expect(sample).toHaveAttribute('aria-hidden', 'true')
    expect(sample).toHaveAttribute('inert')
    expect(screen.getAllByRole('table')).toEqual([customersTable()])
    // Drawn by the table's own row: a cell per column, the checkbox, both links, the delete.
    const columns = customersTable().querySelectorAll('thead th').length
    const rows = sample.querySelectorAll('tbody tr')
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(row.querySelectorAll('td')).toHaveLength(columns)
      expect(row.querySelectorAll('input[type="checkbox"]')).toHaveLength(1)
      expect(row.querySelectorAll('a[data-customer-link]')).toHaveLength(2)
    }
    expect(customersTable().querySelectorAll('tbody tr[data-customer-id]')).toHaveLength(0)

    // Removed once that frame is painted, before any answer.
    await waitFor(() => expect(warmUp()).toBeNull())

    answer.release()
    await waitFor(() => expect(shownIds()).toHaveLength(25))
    // Not the boot's two steps (first screen, then the rest): one page, whole.
    expect(seen).toEqual([25])
    expect(customersTable()).toHaveAttribute('aria-busy', 'false')
  })
})
