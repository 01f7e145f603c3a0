import type { Loan } from '../../api/nested-object-readers'

/** A loan's status in words: the tenant's own status name says more than the flags. */
export function LoanStatus({ loan }: { loan: Loan }) {
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
