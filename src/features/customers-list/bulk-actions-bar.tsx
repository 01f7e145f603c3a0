import { useEffect, useRef } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import type { RemovalSelection } from '../../api/removed-customers'
import { useCan } from '../../api/team-session'
import { formatCount, formatNumber } from '../../lib/format'
import { scopeKey, selectedIds, type SelectionScope } from './customer-selection'
import { ExportCsvPanel } from './export-csv-panel'
import type { MatchingSearch } from './fetch-matching-customers'
import { SelectAllMatching } from './select-all-matching'
import { SelectionChipList } from './selection-chip-list'
import { useFocusInPlace } from './use-focus-in-place'
import type { CustomerSelectionStore } from './use-customer-selection'

interface BulkActionsBarProps {
  store: CustomerSelectionStore
  search: MatchingSearch & SelectionScope
  /** The rows of the page on screen; null while they load or belong to the previous page. */
  pageRows: readonly CustomerSummary[] | null
  total: number | null
  /** A new search is running: the numbers on screen are not its numbers yet. */
  updating?: boolean
  /** The list's first rows are on their way (none shown yet). */
  loading?: boolean
  /** Whether more matches exist than the page shows. */
  morePages: boolean
  columnIds: readonly string[]
  selectAllCap: number
  fetchPageSize?: number
  /** "Remove selected…": `started` clears the selection once its removal run has begun. */
  onRemoveSelected?: (selection: RemovalSelection, started: () => void) => void
}

/** The selection's count and what can be done with it, plus the export of the whole search. */
export function BulkActionsBar(props: BulkActionsBarProps) {
  const { store, search, pageRows, total, selectAllCap } = props
  const { selection } = store
  const canRemoveMany = useCan('bulk-remove')
  const count = selection.size
  const rows = pageRows ?? []
  const onPage = rows.filter((row) => selection.has(row.id)).length
  const all = rows.length > 0 && onPage === rows.length
  const pageBox = useRef<HTMLInputElement>(null)
  const barRef = useRef<HTMLDivElement>(null)
  useFocusInPlace(barRef)
  useEffect(() => {
    if (pageBox.current) pageBox.current.indeterminate = onPage > 0 && !all
  }, [onPage, all])

  const exportRemoval = async () => {
    try {
      const fileName = (await import('./removal-file')).saveRemovalFile(selection)
      store.setNotice(`Saved ${fileName} with ${formatNumber(count)} customers to remove`)
    } catch {
      store.setNotice('Could not save the removal file: the app could not load it. Try again.')
    }
  }

  return (
    <div ref={barRef} className="bulk-actions" role="group" aria-label="Bulk actions">
      <label className="bulk-actions__page">
        <input
          ref={pageBox}
          type="checkbox"
          checked={all}
          disabled={rows.length === 0}
          onChange={() => store.setMany(rows, !all)}
        />
        Select all on this page
      </label>
      <p role="status" className="bulk-actions__count">
        {count === 0 ? 'None selected' : `${formatNumber(count)} selected`}
      </p>
      {/* Held in place, disabled, while the first rows come: appearing with them, it pushed
          "Clear selection" aside as the page loaded. */}
      {props.loading || props.morePages || (total !== null && total > rows.length) ? (
        <SelectAllMatching
          key={scopeKey(search)}
          search={search}
          total={total}
          updating={props.updating || props.loading}
          selectedCount={count}
          cap={selectAllCap}
          fetchPageSize={props.fetchPageSize}
          onSelected={(customers, message) => {
            store.replace(customers)
            store.setNotice(message)
          }}
        />
      ) : null}
      <button
        type="button"
        className="button button--small button--ghost"
        disabled={count === 0}
        onClick={() => {
          store.clear()
          // The button is about to be disabled: keep the keyboard user in the bar.
          if (pageBox.current && !pageBox.current.disabled) pageBox.current.focus()
        }}
      >
        Clear selection
      </button>
      {count > 0 ? <SelectionChipList store={store} /> : null}
      {/* One group at the end of the bar: when it wraps, Export CSV's panel still opens inward. */}
      <div className="bulk-actions__actions">
        {/* A removal file feeds an import: only for roles that may run one (team mode). */}
        {canRemoveMany ? (
          <button
            type="button"
            className="button button--small"
            disabled={count === 0}
            onClick={() => void exportRemoval()}
          >
            Export removal file
          </button>
        ) : null}
        {props.onRemoveSelected ? (
          <button
            type="button"
            className="button button--small button--danger bulk-actions__remove"
            disabled={count === 0}
            onClick={() =>
              props.onRemoveSelected?.(
                {
                  ids: selectedIds(selection),
                  label: `Selection of ${formatCount(count, 'customer')}`,
                },
                store.clear,
              )
            }
          >
            Remove selected…
          </button>
        ) : null}
        <ExportCsvPanel
          search={search}
          columnIds={props.columnIds}
          fetchPageSize={props.fetchPageSize}
          selectedIds={selectedIds(selection)}
          onDone={store.setNotice}
        />
      </div>
      <p role="status" className="bulk-actions__notice">
        {store.notice}
      </p>
    </div>
  )
}
