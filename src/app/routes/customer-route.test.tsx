import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { Route, Routes } from 'react-router'
import { ARRIVAL_HOLD_MS } from '../../api/use-customer-queries'
import { DEMO_FIXTURES } from '../../mocks/fixtures'
import { renderWithProviders } from '../../testing/render-with-providers'
import { stretchTimer } from '../../testing/stretch-timer'
import { holdGetAnswers } from '../../testing/test-server'
import { Component as CustomerRoute } from './customer-route'
import { Component as CustomersRoute } from './customers-route'

const FULL = DEMO_FIXTURES.full

function renderApp(route: string) {
  const user = userEvent.setup()
  const view = renderWithProviders(
    <Routes>
      <Route path="/customers" element={<CustomersRoute />} />
      <Route path="/customers/:id/:tab?" element={<CustomerRoute />} />
    </Routes>,
    { route },
  )
  return { ...view, user }
}

/** The header's text once it is shown (it is shown whole, or not at all). */
async function headerText(): Promise<string> {
  const heading = await screen.findByRole('heading', { level: 1, name: FULL.name })
  const header = heading.closest('header')
  if (!header) throw new Error('no header')
  return header.textContent ?? ''
}

async function byUrl(): Promise<string> {
  const view = renderApp(`/customers/${FULL.id}`)
  const text = await headerText()
  view.unmount()
  return text
}

async function fromList(): Promise<string> {
  const { user, unmount } = renderApp('/customers?q=Fullerton')
  const table = await screen.findByRole('table', { name: 'Customers' })
  const link = await within(table).findByRole('link', { name: String(FULL.id) })
  // A transition that waits for the overview's answers: resumed once this act is awaited.
  await act(() => user.click(link))
  const text = await headerText()
  unmount()
  return text
}

afterEach(() => localStorage.clear())

describe('/customers/:id: one header however the customer was reached', () => {
  it('shows the same header by URL and from the list, in both fetch styles', async () => {
    const texts: Record<string, string> = {}
    for (const style of ['per-object', 'expand'] as const) {
      localStorage.setItem('cm.fetchStyle', style)
      texts[`${style}, by URL`] = await byUrl()
      texts[`${style}, from the list`] = await fromList()
    }
    const first = texts['per-object, by URL'] ?? ''
    expect(first).toContain('(312) 555-0101')
    expect(first).toContain('233 S Wacker Dr, Suite 4400, Chicago, IL 60606')
    expect(first).toContain('margaret.fullerton@example.com')
    for (const text of Object.values(texts)) expect(text).toBe(first)
  })

  it('keeps Developer tools closed by default and remembers them opened', async () => {
    const first = renderApp(`/customers/${FULL.id}`)
    const tools = await screen.findByRole('button', { name: 'Developer tools' })
    expect(tools).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('radiogroup', { name: 'Fetch style' })).not.toBeInTheDocument()
    await first.user.click(tools)
    expect(screen.getByRole('radiogroup', { name: 'Fetch style' })).toBeInTheDocument()
    first.unmount()

    renderApp(`/customers/${FULL.id}`)
    expect(await screen.findByRole('button', { name: 'Developer tools' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    expect(await screen.findByRole('button', { name: 'Show request' })).toBeInTheDocument()
  })
})

/** Whether the header's skeleton was ever in the page, from now on. */
function watchHeaderSkeleton() {
  let seen = false
  const observer = new MutationObserver(() => {
    seen ||= document.body.textContent.includes('Loading customer')
  })
  observer.observe(document.body, { childList: true, subtree: true, characterData: true })
  return () => {
    observer.disconnect()
    return seen
  }
}

/** Opens the customer from its list row; `whileOpening` runs once the press is handled. */
async function openFromList(whileOpening: () => Promise<void> = async () => {}) {
  const { user } = renderApp('/customers?q=Fullerton')
  const table = await screen.findByRole('table', { name: 'Customers' })
  const link = await within(table).findByRole('link', { name: String(FULL.id) })
  const skeletonSeen = watchHeaderSkeleton()
  // The overview suspends inside this act while its answers come; React resumes it once awaited.
  await act(() => user.click(link))
  await whileOpening()
  await screen.findByRole('heading', { level: 1, name: FULL.name })
  return skeletonSeen()
}

describe('/customers/:id opened from the list', () => {
  it('waits on the list for its answers and then shows the overview whole, without a skeleton', async () => {
    // However slow the machine, the answers come before the hold ends.
    stretchTimer(ARRIVAL_HOLD_MS, 60_000)
    holdGetAnswers(
      '/PrimaryAddress',
      () => new Promise((resolve) => setTimeout(resolve, ARRIVAL_HOLD_MS / 4)),
    )
    expect(await openFromList()).toBe(false)
    expect(screen.queryByRole('table', { name: 'Customers' })).not.toBeInTheDocument()
  })

  it('shows the skeleton when the tenant is slower than the wait', async () => {
    let answer = () => {}
    const answered = new Promise<void>((resolve) => (answer = resolve))
    holdGetAnswers('/PrimaryAddress', () => answered)
    const skeletonSeen = await openFromList(async () => {
      // The address is held until the skeleton is there: however busy the machine, the tenant
      // is slower than the wait.
      await waitFor(() => expect(screen.getByText(/Loading customer/)).toBeInTheDocument())
      answer()
    })
    expect(skeletonSeen).toBe(true)
  })
})
