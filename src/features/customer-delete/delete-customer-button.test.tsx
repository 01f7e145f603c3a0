import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '../../testing/render-with-providers'
import { RowDeleteButton } from './row-delete.test-helpers'

// Alone in its file on purpose: the dialog's chunk is loaded once per module registry, and
// only the first opening shows the wait.
describe('DeleteCustomerButton: the lazy dialog', () => {
  it('shows the trigger busy, with focus kept on it, until the dialog has loaded', async () => {
    const user = userEvent.setup()
    renderWithProviders(
      <RowDeleteButton customer={{ id: 1010, displayName: 'Dale', loansCount: 0 }} />,
    )
    const trigger = await screen.findByRole('button', { name: 'Delete customer 1010' })
    await user.click(trigger)
    expect(trigger).toHaveAttribute('aria-busy', 'true')
    expect(trigger).toHaveFocus()

    const dialog = await screen.findByRole('alertdialog', { name: 'Delete customer' })
    expect(trigger).not.toHaveAttribute('aria-busy')
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
  })
})
