import type { Reference } from '../../api/nested-object-readers'
import { humanizeCode } from '../../lib/format'
import { Cell, EmptyState, InactiveBadge, phoneText } from './view-parts'

export function ReferencesView({ value }: { value: Reference[] }) {
  if (value.length === 0) return <EmptyState>No references on file.</EmptyState>
  return (
    <div className="overview-table-wrap">
      <table className="overview-table" aria-label="References">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Relation</th>
            <th scope="col">Primary phone</th>
            <th scope="col">Secondary phone</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {value.map((reference, index) => (
            <tr key={reference.id ?? `row-${index}`}>
              <td>
                <Cell>{reference.name}</Cell>
              </td>
              <td>{humanizeCode(reference.relation)}</td>
              <td className="overview-nowrap">
                <Cell>{phoneText(reference.primaryPhone)}</Cell>
              </td>
              <td className="overview-nowrap">
                <Cell>{phoneText(reference.secondaryPhone)}</Cell>
              </td>
              <td>{reference.active ? 'Active' : <InactiveBadge active={false} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
