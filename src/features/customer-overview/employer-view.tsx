import type { Employer } from '../../api/nested-object-readers'
import { DescriptionList } from '../../components/description-list'
import { formatCalendarDate, formatMoney, humanizeCode } from '../../lib/format'
import { EmptyState, phoneText } from './view-parts'

export function EmployerView({ value }: { value: Employer | null }) {
  if (!value) return <EmptyState>No employer on file.</EmptyState>
  const income =
    value.income === null
      ? null
      : `${formatMoney(value.income)}${value.incomeFrequency ? ` ${humanizeCode(value.incomeFrequency).toLowerCase()}` : ''}`
  return (
    <div className="overview-stack">
      {value.active ? null : (
        <div className="overview-badges">
          <span className="badge badge--warning">Inactive</span>
        </div>
      )}
      <div className="overview-fields">
        <DescriptionList
          items={[
            { term: 'Company', value: value.companyName },
            { term: 'Job title', value: value.title },
            { term: 'Phone', value: phoneText(value.phone) },
            { term: 'Income', value: income },
            {
              term: 'Hire date',
              value: value.hireDate ? formatCalendarDate(value.hireDate) : null,
            },
            {
              term: 'Next pay date',
              value: value.payDate ? formatCalendarDate(value.payDate) : null,
            },
            {
              term: 'Pay frequency',
              value: value.payDateFrequency ? humanizeCode(value.payDateFrequency) : null,
            },
          ]}
        />
      </div>
    </div>
  )
}
