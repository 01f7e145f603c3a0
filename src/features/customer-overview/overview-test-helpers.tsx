import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect } from 'vitest'
import { useParams } from 'react-router'
import type { FetchStyle } from '../../api/fetch-style'
import { renderWithProviders } from '../../testing/render-with-providers'
import { testTenant } from '../../testing/test-server'
import { CUSTOMER_SECTIONS } from './customer-sections'
import { CustomerOverviewPage } from './customer-overview-page'

/* Test-only: the overview mounted as the route mounts it, and ways to read what it shows. */

export const OVERVIEW_PATH = '/customers/:id/:tab?'

export function OverviewRoute() {
  const { id = '', tab } = useParams()
  return <CustomerOverviewPage customerId={id} tab={tab} />
}

/** Chooses the fetch style as Settings does: the overview reads the stored preference. */
export function chooseFetchStyle(fetchStyle: FetchStyle) {
  localStorage.setItem('cm.fetchStyle', fetchStyle)
}

/** The overview at `route` in `fetchStyle`, with a user to drive it. */
export function renderOverview(route: string, fetchStyle: FetchStyle) {
  chooseFetchStyle(fetchStyle)
  const user = userEvent.setup()
  const result = renderWithProviders(<OverviewRoute />, {
    route,
    path: OVERVIEW_PATH,
  })
  return { ...result, user }
}

/** GETs the fake tenant received, as `path?query`. */
export function loggedGets(): string[] {
  return testTenant()
    .requests.filter((request) => request.method === 'GET')
    .map((request) => (request.query ? `${request.path}?${request.query}` : request.path))
}

/** The selected tab's panel once it shows data, an empty state or an error (not a skeleton). */
export async function loadedPanel(): Promise<HTMLElement> {
  let panel: HTMLElement | undefined
  await waitFor(() => {
    panel = screen.getByRole('tabpanel')
    expect(within(panel).queryByText(/^Loading/)).not.toBeInTheDocument()
  })
  if (!panel) throw new Error('no tabpanel')
  return panel
}

/** Clicks a tab by its label (its name may carry a count) and waits for its panel. */
export async function openTab(user: ReturnType<typeof userEvent.setup>, label: string) {
  const name = new RegExp(`^${label}( \\d+)?$`)
  // The tab whose text is the label, then checked as a person's tool sees it (its accessible
  // name, shown): a role query by name computed all thirteen tabs' names on every call.
  const tab = screen.getAllByRole('tab', { hidden: true }).filter((t) => name.test(t.textContent))
  expect(tab).toHaveLength(1)
  expect(tab[0]).toHaveAccessibleName(name)
  expect(tab[0]).toBeVisible()
  await user.click(tab[0] as HTMLElement)
  // `selected` first: only the selected tab's name is computed on each poll, not all thirteen.
  await waitFor(() =>
    expect(screen.getByRole('tab', { name, selected: true })).toHaveAttribute(
      'aria-selected',
      'true',
    ),
  )
  return loadedPanel()
}

/** Visits every tab in order and returns each panel's text, keyed by the tab label. */
export async function visitAllTabs(user: ReturnType<typeof userEvent.setup>) {
  const texts: Record<string, string> = {}
  for (const section of CUSTOMER_SECTIONS) {
    const panel = await openTab(user, section.label)
    texts[section.label] = panel.textContent ?? ''
  }
  return texts
}
