import './skeleton.css'

/**
 * Placeholder rows while a table's first page loads, in a body of their own (a table may have
 * several), hidden from assistive technology. The body pulses as one: a single animated layer,
 * and one animation event per pulse rather than one per row, each dispatched through React's
 * root listener (twelve of them could land just as the rows' answer did).
 */
export function SkeletonRows({ rows, columns }: { rows: number; columns: number }) {
  return (
    <tbody aria-hidden="true" className="skeleton-rows">
      {Array.from({ length: rows }, (_, row) => (
        <tr key={row}>
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
    </tbody>
  )
}
