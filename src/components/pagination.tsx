import { useId } from 'react'
import './pagination.css'

interface PaginationProps {
  /** 1-based. */
  page: number
  pageSize: number
  pageSizes: readonly number[]
  /** Rows shown on this page; null while the first page loads (no range is shown). */
  rowCount: number | null
  /** All rows, when the server says; without it the last page is unknown. */
  total: number | null
  /** Used when `total` is null: whether a page may follow this one. */
  mayHaveNextPage?: boolean
  /** The last page the server can serve (a result window), when there is one. */
  maxPage?: number
  onPageChange: (page: number) => void
  onPageSizeChange: (pageSize: number) => void
  /** What is being paged, for the landmark name ("Customers pages"). */
  label?: string
  formatNumber?: (value: number) => string
}

const plainNumber = (value: number) => value.toLocaleString()

/** Server-side paging controls: rows per page, "x–y of N" and first/previous/next/last. */
export function Pagination({
  page,
  pageSize,
  pageSizes,
  rowCount,
  total,
  mayHaveNextPage = false,
  maxPage,
  onPageChange,
  onPageSizeChange,
  label = 'Pages',
  formatNumber = plainNumber,
}: PaginationProps) {
  const sizeId = useId()
  const lastByTotal = total === null ? null : Math.max(1, Math.ceil(total / pageSize))
  const lastPage =
    lastByTotal === null || maxPage === undefined ? lastByTotal : Math.min(lastByTotal, maxPage)
  const hasNext = lastPage === null ? mayHaveNextPage : page < lastPage
  let range = ''
  if (rowCount === 0) range = `0 of ${formatNumber(total ?? 0)}`
  else if (rowCount !== null) {
    const first = (page - 1) * pageSize + 1
    const last = (page - 1) * pageSize + rowCount
    range = `${formatNumber(first)}–${formatNumber(last)} of ${total === null ? 'many' : formatNumber(total)}`
  }

  return (
    <nav className="pagination" aria-label={label}>
      <div className="pagination__size">
        <label htmlFor={sizeId}>Rows per page</label>
        <select
          id={sizeId}
          className="select"
          value={pageSize}
          onChange={(event) => onPageSizeChange(Number(event.target.value))}
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <p className="pagination__range">{range}</p>
      <div className="pagination__buttons">
        <PageButton
          label="First page"
          glyph="«"
          disabled={page <= 1}
          onClick={() => onPageChange(1)}
        />
        <PageButton
          label="Previous page"
          glyph="‹"
          disabled={page <= 1}
          onClick={() => onPageChange(page - 1)}
        />
        <PageButton
          label="Next page"
          glyph="›"
          disabled={!hasNext}
          onClick={() => onPageChange(page + 1)}
        />
        <PageButton
          label="Last page"
          glyph="»"
          disabled={lastPage === null || page >= lastPage}
          onClick={() => lastPage !== null && onPageChange(lastPage)}
        />
      </div>
    </nav>
  )
}

function PageButton(props: {
  label: string
  glyph: string
  disabled: boolean
  onClick: () => void
}) {
  return (
    <button
      type="button"
      className="button button--small pagination__button"
      aria-label={props.label}
      title={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      <span aria-hidden="true">{props.glyph}</span>
    </button>
  )
}
