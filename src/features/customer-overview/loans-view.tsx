import type { Loan } from '../../api/nested-object-readers'
import { formatDateTime, humanizeCode } from '../../lib/format'
import { Cell, EmptyState } from './view-parts'

/** `loan.customerRole.secondary` → "Secondary"; the role is the customer's on this loan. */
function roleText(role: string | null): string | null {
  return role ? humanizeCode(role) : null
}

function LoanStatus({ loan }: { loan: Loan }) {
  // The tenant's own status name (through the LoanStatus link) says more than the flags.
  const name = loan.statusName ? <span className="badge">{loan.statusName}</span> : null
  if (loan.deleted) return <span className="badge badge--danger">Deleted</span>
  if (loan.archived)
    return (
      <span className="overview-badges">
        {name}
        <span className="badge">Archived</span>
      </span>
    )
  if (name) return name
  return loan.active ? (
    <span className="badge badge--success">Active</span>
  ) : (
    <span className="badge badge--warning">Inactive</span>
  )
}

export function LoansView({ value }: { value: Loan[] }) {
  if (value.length === 0) return <EmptyState>No loans linked to this customer.</EmptyState>
  return (
    <div className="overview-table-wrap">
      <table className="overview-table" aria-label="Loans">
        <thead>
          <tr>
            <th scope="col">Loan</th>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Role</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {value.map((loan, index) => (
            <tr key={loan.id ?? `row-${index}`}>
              <td className="overview-nowrap">
                <Cell>{loan.displayId ?? (loan.id === null ? null : `#${loan.id}`)}</Cell>
              </td>
              <td>
                <Cell>{loan.title}</Cell>
              </td>
              <td>
                <LoanStatus loan={loan} />
              </td>
              <td>
                <Cell>{roleText(loan.loanRole)}</Cell>
              </td>
              <td className="overview-nowrap">
                <Cell>{loan.created ? formatDateTime(loan.created) : null}</Cell>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
