import type { CustomFieldValue } from '../../api/nested-object-readers'
import { Cell, EmptyState } from './view-parts'

export function CustomFieldsView({ value }: { value: CustomFieldValue[] }) {
  if (value.length === 0) return <EmptyState>No custom fields on file.</EmptyState>
  return (
    <div className="overview-table-wrap">
      <table className="overview-table" aria-label="Custom fields">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {value.map((field, index) => (
            <tr key={field.id ?? `row-${index}`}>
              <th scope="row">
                {field.customFieldName ??
                  (field.customFieldId === null ? 'Unnamed field' : `Field ${field.customFieldId}`)}
              </th>
              <td className="overview-break">
                <Cell>{field.customFieldValue}</Cell>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
