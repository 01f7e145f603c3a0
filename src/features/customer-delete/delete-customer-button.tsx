import { useState } from 'react'
import { createPortal } from 'react-dom'
import { DeleteCustomerDialog, type DeletableCustomer } from './delete-customer-dialog'
import './delete-customer.css'

export interface DeleteCustomerButtonProps {
  customer: DeletableCustomer
  /** 'header': a labelled button for the overview; 'row': a small icon button for a table row. */
  variant: 'header' | 'row'
  /** After LoanPro confirmed the delete and the caches were updated. */
  onDeleted?: (id: number) => void
}

/** Opens the delete confirmation for one customer; the same dialog from the list and the overview. */
export function DeleteCustomerButton({ customer, variant, onDeleted }: DeleteCustomerButtonProps) {
  const [open, setOpen] = useState(false)
  const row = variant === 'row'
  return (
    <>
      <button
        type="button"
        className={
          row
            ? 'button button--ghost button--small delete-customer__trigger--row'
            : 'button delete-customer__trigger--header'
        }
        aria-haspopup="dialog"
        aria-label={row ? `Delete customer ${customer.id}` : undefined}
        title={row ? `Delete customer ${customer.id}` : undefined}
        onClick={() => setOpen(true)}
      >
        {row ? <TrashIcon /> : 'Delete customer'}
      </button>
      {/* In the body, not in a table cell: the dialog must not inherit the cell's styles. */}
      {open &&
        createPortal(
          <DeleteCustomerDialog
            customer={customer}
            onClose={() => setOpen(false)}
            onDeleted={onDeleted}
          />,
          document.body,
        )}
    </>
  )
}

function TrashIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M2.5 4h11M6.5 4V2.5h3V4M4 4l.7 9.5h6.6L12 4M6.75 6.5v4.5M9.25 6.5v4.5" />
    </svg>
  )
}
