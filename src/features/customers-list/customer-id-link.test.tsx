import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { testTenant } from '../../testing/test-server'
import { renderCustomersPage } from './customers-list.test-helpers'

const customerRequests = (id: number) =>
  testTenant().requests.filter((request) => request.path.includes(`Customers(${String(id)})`))

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

  it('starts loading the customer when the pointer reaches its name link', async () => {
    const user = userEvent.setup()
    renderCustomersPage()
    await screen.findByRole('link', { name: '1001' })
    const nameLink = screen
      .getAllByRole('link')
      .find((link) => link.getAttribute('href') === '/customers/1002' && link.title)
    expect(customerRequests(1002)).toHaveLength(0)
    await user.hover(nameLink as HTMLElement)
    await waitFor(() => expect(customerRequests(1002).length).toBeGreaterThan(0))
  })

  it('starts all that the overview shows on arrival when a link is pressed', async () => {
    const user = userEvent.setup()
    renderCustomersPage()
    const link = await screen.findByRole('link', { name: '1003' })
    await user.pointer({ keys: '[MouseLeft>]', target: link })
    await waitFor(() =>
      expect(
        customerRequests(1003)
          .map((request) => request.path)
          .sort(),
      ).toEqual([
        'odata.svc/Customers(1003)',
        'odata.svc/Customers(1003)/Phones',
        'odata.svc/Customers(1003)/PrimaryAddress',
      ]),
    )
  })
})
