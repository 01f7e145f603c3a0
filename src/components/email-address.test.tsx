import { render } from '@testing-library/react'
import { EmailAddress } from './email-address'

describe('EmailAddress', () => {
  it('may wrap after the @ and before each dot of the domain, and reads as the address', () => {
    const { container } = render(<EmailAddress email="ap.billing@acmefreight.co.example" />)
    expect(container.innerHTML).toBe(
      '<span>ap.billing@<wbr>acmefreight<wbr>.co<wbr>.example</span>',
    )
    expect(container).toHaveTextContent(/^ap\.billing@acmefreight\.co\.example$/)
  })

  it('leaves a value without an @ as it is', () => {
    const { container } = render(<EmailAddress email="not-an-address" />)
    expect(container.innerHTML).toBe('<span>not-an-address</span>')
  })
})
