import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { MaskedValue } from './masked-value'

describe('MaskedValue', () => {
  it('is masked until revealed, then can be hidden again', async () => {
    const user = userEvent.setup()
    render(<MaskedValue value="123456789" label="SSN" format={(v) => `#${v}`} />)
    expect(screen.queryByText(/123456789/)).not.toBeInTheDocument()
    expect(screen.getByText('•••••6789')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Reveal SSN' }))
    expect(screen.getByText('#123456789')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Hide SSN' }))
    expect(screen.queryByText('#123456789')).not.toBeInTheDocument()
  })

  it('shows a dash and no button when there is nothing', () => {
    render(<MaskedValue value={null} label="SSN" />)
    expect(screen.getByText('—')).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })
})
