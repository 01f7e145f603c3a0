import { render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { preloadablePage } from './preloadable-page'

const module = { Component: () => <h1>Customers</h1> }

function renderInSuspense(Page: () => React.ReactNode) {
  return render(
    <Suspense fallback={<p>Loading…</p>}>
      <Page />
    </Suspense>,
  )
}

describe('preloadablePage', () => {
  it('renders a preloaded page in the first commit, without the Suspense fallback', async () => {
    const page = preloadablePage(() => Promise.resolve(module))
    await page.preload()
    renderInSuspense(page.RoutePage)
    // Synchronous query: a page that suspended would show "Loading…" here.
    expect(screen.getByRole('heading', { name: 'Customers' })).toBeInTheDocument()
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument()
  })

  it('still loads a page that was not preloaded, behind the fallback', async () => {
    const load = vi.fn(() => Promise.resolve(module))
    const page = preloadablePage(load)
    renderInSuspense(page.RoutePage)
    expect(screen.getByText('Loading…')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'Customers' })).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(1)
  })
})
