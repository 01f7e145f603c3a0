import './skeleton.css'

/** Placeholder rows while a table's first page loads; hidden from assistive technology. */
export function SkeletonRows({ rows, columns }: { rows: number; columns: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, row) => (
        <tr key={row} aria-hidden="true" className="skeleton-row">
          {Array.from({ length: columns }, (_, column) => (
            <td key={column}>
              <span
                className="skeleton"
                style={{ width: `${45 + ((row * 7 + column * 13) % 45)}%` }}
              />
            </td>
          ))}
        </tr>
      ))}
    </>
  )
}
