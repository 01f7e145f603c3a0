import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { Disclosure } from './disclosure'

describe('Disclosure', () => {
  it('shows and hides its content, reflecting the state in aria-expanded', async () => {
    const user = userEvent.setup()
    render(
      <Disclosure label="Show request" openLabel="Hide request">
        GET /x
      </Disclosure>,
    )
    const button = screen.getByRole('button', { name: 'Show request' })
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByText('GET /x')).not.toBeInTheDocument()
    await user.click(button)
    expect(screen.getByRole('button', { name: 'Hide request' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    expect(screen.getByText('GET /x')).toBeVisible()
  })
})
