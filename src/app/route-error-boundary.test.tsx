import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Link, MemoryRouter, Route, Routes } from 'react-router'
import { RouteErrorBoundary } from './route-error-boundary'

function Broken(): never {
  throw new Error('render failed')
}

it('shows a way forward when a page crashes, and clears on navigation', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  render(
    <MemoryRouter initialEntries={['/broken']}>
      <Link to="/fine">Elsewhere</Link>
      <RouteErrorBoundary>
        <Routes>
          <Route path="/broken" element={<Broken />} />
          <Route path="/fine" element={<h1>Fine page</h1>} />
        </Routes>
      </RouteErrorBoundary>
    </MemoryRouter>,
  )
  expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong on this page')
  expect(screen.getByRole('button', { name: 'Reload page' })).toBeInTheDocument()
  await userEvent.setup().click(screen.getByRole('link', { name: 'Elsewhere' }))
  expect(screen.getByRole('heading', { name: 'Fine page' })).toBeInTheDocument()
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})
