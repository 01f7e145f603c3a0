import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '../../testing/render-with-providers'
import { testTenant } from '../../testing/test-server'
import { DeleteCustomerButton } from './delete-customer-button'
import { RowDeleteButton } from './row-delete.test-helpers'

const DALE = { id: 1010, displayName: 'Dale Removable', loansCount: 0 }

/** A page whose trigger goes away once its customer is deleted, as a list row or the overview. */
function Page({ variant }: { variant: 'row' | 'header' }) {
  const [gone, setGone] = useState(false)
  return (
    <main tabIndex={-1} aria-label="Page">
      {gone ? (
        <p>Deleted.</p>
      ) : (
        <div>
          {variant === 'row' ? (
            <RowDeleteButton customer={DALE} onDeleted={() => setGone(true)} />
          ) : (
            <DeleteCustomerButton customer={DALE} onDeleted={() => setGone(true)} />
          )}
        </div>
      )}
    </main>
  )
}

describe('DeleteCustomerButton: focus after a delete', () => {
  for (const variant of ['row', 'header'] as const) {
    it(`moves focus to the page, not <body>, when the ${variant} trigger is gone`, async () => {
      const user = userEvent.setup()
      renderWithProviders(<Page variant={variant} />)
      await user.click(await screen.findByRole('button', { name: /^Delete customer/ }))
      const dialog = await screen.findByRole('alertdialog', { name: 'Delete customer' })
      await user.type(
        within(dialog).getByRole('textbox', { name: 'Customer ID to confirm' }),
        '1010',
      )
      await user.click(within(dialog).getByRole('button', { name: 'Delete permanently' }))
      await screen.findByText('Deleted.')
      expect(testTenant().isDeleted(1010)).toBe(true)
      await waitFor(() => expect(screen.getByRole('main', { name: 'Page' })).toHaveFocus())
    })
  }
})
