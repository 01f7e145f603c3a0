import { useState } from 'react'
import { downloadCsv } from '../../lib/download-file'
import { formatNumber } from '../../lib/format'
import { customersCsv, customersFileName, sensitiveColumns } from './customers-csv-export'
import type { MatchingSearch } from './fetch-matching-customers'
import { useBulkFetch } from './use-bulk-fetch'

/** An export is a file for a spreadsheet, not a backup: beyond this, narrow the search. */
const EXPORT_CAP = 100_000

export interface ExportCsvFormProps {
  search: MatchingSearch
  /** The shown columns, in their order (the column chooser's choice). */
  columnIds: readonly string[]
  fetchPageSize?: number
  /** The selection (it may span searches): when there is one, it can be exported instead. */
  selectedIds: readonly number[]
  onDone: (message: string) => void
  /** The export is saved: the panel closes. */
  onClose: () => void
  /** For the scope radios' group name. */
  panelId: string
}

/**
 * What "Export CSV" opens, a chunk of its own (with the walk through the search and the file
 * writing): every customer of the current search (not only the page), or the selected
 * customers when there is a selection, with the shown columns. Sensitive columns stay masked
 * unless the person ticks the box for this export.
 */
export function ExportCsvForm(props: ExportCsvFormProps) {
  const { search, columnIds, fetchPageSize, selectedIds, onDone, panelId } = props
  const [unmasked, setUnmasked] = useState(false)
  // What a selection is for: offered first whenever there is one.
  const [scope, setScope] = useState<'selected' | 'matching'>('selected')
  const exportsSelection = scope === 'selected' && selectedIds.length > 0
  const bulk = useBulkFetch(fetchPageSize)
  const sensitive = sensitiveColumns(columnIds)
  const start = async () => {
    const result = exportsSelection
      ? await bulk.runIds(selectedIds)
      : await bulk.run(search, EXPORT_CAP)
    if (!result) return
    const fileName = customersFileName()
    downloadCsv(fileName, customersCsv(result.rows, columnIds, { unmasked }))
    const capped = result.truncated ? ` (the first ${formatNumber(EXPORT_CAP)})` : ''
    const missing =
      exportsSelection && result.rows.length < selectedIds.length
        ? `; ${formatNumber(selectedIds.length - result.rows.length)} selected were not found in LoanPro`
        : ''
    onDone(
      `Exported ${formatNumber(result.rows.length)} customers${capped} to ${fileName}${missing}`,
    )
    props.onClose()
    setUnmasked(false)
  }

  const progress = bulk.progress
  return (
    <>
      {selectedIds.length > 0 ? (
        <fieldset className="export-csv__scope">
          <legend>Customers to export</legend>
          <label className="export-csv__option">
            <input
              type="radio"
              name={`${panelId}-scope`}
              checked={scope === 'selected'}
              disabled={progress !== null}
              onChange={() => setScope('selected')}
            />
            Selected customers ({formatNumber(selectedIds.length)})
          </label>
          <label className="export-csv__option">
            <input
              type="radio"
              name={`${panelId}-scope`}
              checked={scope === 'matching'}
              disabled={progress !== null}
              onChange={() => setScope('matching')}
            />
            All customers matching the current search
          </label>
        </fieldset>
      ) : null}
      <p className="export-csv__hint muted">
        {exportsSelection
          ? 'The selected customers, in ID order, with the shown columns in their order.'
          : 'All customers matching the current search, with the shown columns in their order.'}
      </p>
      <label className="export-csv__option">
        <input
          type="checkbox"
          checked={unmasked}
          disabled={sensitive.length === 0 || progress !== null}
          onChange={(event) => setUnmasked(event.target.checked)}
        />
        Include sensitive values unmasked
      </label>
      <p className="export-csv__hint muted">
        {sensitive.length === 0
          ? 'No sensitive column is shown.'
          : `${sensitive.join(' and ')} ${unmasked ? 'will be exported in full' : 'stay masked'}.`}
      </p>
      {progress ? (
        <div className="bulk-actions__job">
          <progress
            aria-label="Export progress"
            value={progress.done}
            max={progress.expected ?? undefined}
          />
          <span role="status">
            {`Exporting ${formatNumber(progress.done)}${
              progress.expected === null ? '' : ` of ${formatNumber(progress.expected)}`
            }…`}
          </span>
          <button type="button" className="button button--small" onClick={bulk.cancel}>
            Cancel export
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--primary button--small"
          onClick={() => void start()}
        >
          Download CSV
        </button>
      )}
      {bulk.error ? (
        <p role="alert" className="bulk-actions__error">
          {bulk.error}
        </p>
      ) : null}
    </>
  )
}
