import type { RowProblem } from './engine/parse/removal-problems'
import { ImportVirtualTable } from './import-virtual-table'

const COLUMNS = [
  { header: 'Row', align: 'end', width: '5.5rem' },
  { header: 'Customer ID', width: '9rem' },
  { header: 'Error' },
] as const

/** Every problem found, by line in the file (the header is line 1). */
export function ValidationErrorsTable({ problems }: { problems: readonly RowProblem[] }) {
  return (
    <ImportVirtualTable
      label="Validation errors"
      columns={COLUMNS}
      rowCount={problems.length}
      empty="No problems found."
      renderRow={(index) => {
        const problem = problems[index]
        if (!problem) return ['', '', '']
        return [
          problem.line > 0 ? problem.line : '—',
          problem.customerId === '' ? <span className="muted">(blank)</span> : problem.customerId,
          <span className="import-problem">
            {problem.severity === 'warning' ? (
              <span className="badge badge--warning">Warning</span>
            ) : (
              <span className="badge badge--danger">Error</span>
            )}{' '}
            {problem.message}
          </span>,
        ]
      }}
    />
  )
}
