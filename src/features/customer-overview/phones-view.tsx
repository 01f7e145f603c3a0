import type { Phone } from '../../api/nested-object-readers'
import { humanizeCode } from '../../lib/format'
import { Cell, EmptyState, InactiveBadge, phoneText, RankBadges } from './view-parts'

export function PhonesView({ value }: { value: Phone[] }) {
  if (value.length === 0) return <EmptyState>No phones on file.</EmptyState>
  return (
    <div className="overview-table-wrap">
      <table className="overview-table" aria-label="Phones">
        <thead>
          <tr>
            <th scope="col">Number</th>
            <th scope="col">Type</th>
            <th scope="col">Carrier</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {value.map((phone, index) => (
            <tr key={phone.id ?? `row-${index}`}>
              <td>
                <Cell>{phoneText(phone.phone)}</Cell>
              </td>
              <td className="overview-nowrap">{humanizeCode(phone.type)}</td>
              <td>
                <Cell>{phone.carrierName}</Cell>
              </td>
              <td>
                <span className="overview-badges">
                  <RankBadges isPrimary={phone.isPrimary} isSecondary={phone.isSecondary} />
                  {phone.dndEnabled ? (
                    <span className="badge badge--danger">Do not call</span>
                  ) : null}
                  {phone.isLandLine ? <span className="badge">Landline</span> : null}
                  <InactiveBadge active={phone.active} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
