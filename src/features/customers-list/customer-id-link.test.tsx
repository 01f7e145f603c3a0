import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderCustomersPage } from './customers-list.test-helpers'

describe('CustomerIdLink', () => {
  it('opens the overview in the app on a plain click, with a real href for new tabs', async () => {
    const user = userEvent.setup()
    renderCustomersPage()
    const link = await screen.findByRole('link', { name: '1001' })
    expect(link).toHaveAttribute('href', '/customers/1001')
    await user.click(link)
    expect(await screen.findByText('Navigated to /customers/1001')).toBeInTheDocument()
  })

  it('leaves a ctrl-click (new tab) to the browser', async () => {
    const { location } = renderCustomersPage()
    const link = await screen.findByRole('link', { name: '1001' })
    const notCancelled = fireEvent.click(link, { ctrlKey: true })
    expect(notCancelled).toBe(true)
    expect(location().pathname).toBe('/customers')
  })
})
