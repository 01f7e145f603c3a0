import type { CustomerDocument } from '../../api/nested-object-readers'
import { formatDateTime } from '../../lib/format'
import { Cell, EmptyState, formatFileSize } from './view-parts'

export function DocumentsView({ value }: { value: CustomerDocument[] }) {
  if (value.length === 0) return <EmptyState>No documents on file.</EmptyState>
  return (
    <div className="overview-table-wrap">
      <table className="overview-table" aria-label="Documents">
        <thead>
          <tr>
            <th scope="col">File name</th>
            <th scope="col">Description</th>
            <th scope="col">Uploaded by</th>
            <th scope="col" className="overview-num">
              Size
            </th>
            <th scope="col">Uploaded</th>
          </tr>
        </thead>
        <tbody>
          {value.map((document, index) => (
            <tr key={document.id ?? `row-${index}`}>
              <td className="overview-break">
                <Cell>{document.fileName}</Cell>{' '}
                {document.archived ? <span className="badge">Archived</span> : null}
              </td>
              <td className="overview-break">
                <Cell>{document.description}</Cell>
              </td>
              <td>
                <Cell>{document.userName}</Cell>
              </td>
              <td className="overview-num overview-nowrap">
                <Cell>{formatFileSize(document.size)}</Cell>
              </td>
              <td className="overview-nowrap">
                <Cell>{document.created ? formatDateTime(document.created) : null}</Cell>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
