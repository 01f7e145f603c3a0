import { useId } from 'react'
import { ErrorPanel } from '../../components/error-panel'
import { formatNumber } from '../../lib/format'
import type { ImportSnapshot } from './engine/import-engine'

interface UploadStepProps {
  snapshot: ImportSnapshot
  onFile: (file: File) => void
  /** A run is in progress: a new file would start over, so wait for it. */
  locked: boolean
  /** A run is paused: a new file sets it aside (offered under Unfinished import). */
  paused?: boolean
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10)} KB`
  return `${formatNumber(Math.round(bytes / (1024 * 104.8576)) / 10)} MB`
}

/** "5 rows" once the file is read, its size until then. */
function chosenSize(bytes: number, rows: number | undefined): string {
  return rows === undefined
    ? formatBytes(bytes)
    : `${formatNumber(rows)} ${rows === 1 ? 'row' : 'rows'}`
}

function uploadHint(locked: boolean, paused: boolean): string {
  if (locked) return 'A run is in progress; pause it or wait for it to end to choose a new file.'
  if (paused) {
    return 'You can also drop the file anywhere on this page. A new file sets the paused run aside; it stays under Unfinished import, to resume or discard.'
  }
  return 'You can also drop the file anywhere on this page. Choosing another file starts over, and validation starts as soon as a file is chosen.'
}

export function UploadStep({ snapshot, onFile, locked, paused = false }: UploadStepProps) {
  const hintId = useId()
  const { phase, file, parseProgress } = snapshot
  const percent =
    parseProgress && parseProgress.total > 0
      ? Math.round((parseProgress.read / parseProgress.total) * 100)
      : 0
  return (
    <section className="card import-card" aria-labelledby="import-upload">
      <h2 id="import-upload" className="import-card__title">
        Upload
      </h2>
      <div className="import-dropzone">
        <label className="field__label" htmlFor="import-file">
          CSV file
        </label>
        <input
          id="import-file"
          className="import-dropzone__input"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={hintId}
          disabled={locked}
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0]
            if (chosen) onFile(chosen)
            // Choosing the same (fixed) file again must start over too.
            event.currentTarget.value = ''
          }}
        />
        {file && snapshot.source === 'file' ? (
          <p className="import-dropzone__file">
            <span className="import-upload__name">{file.name}</span>
            <span className="muted"> · {chosenSize(file.size, snapshot.parsed?.dataRows)} · </span>
            {/* Opens the same file input: a second label, so it needs no script. */}
            <label htmlFor="import-file" className="button button--small import-dropzone__button">
              Replace
            </label>
          </p>
        ) : (
          <p className="import-dropzone__file">
            <span className="muted">Drop a CSV file here or </span>
            <label
              htmlFor="import-file"
              className="button button--small button--primary import-dropzone__button"
            >
              Choose a file
            </label>
          </p>
        )}
        {file && snapshot.source === 'selection' ? (
          <p className="import-upload__file">
            <span className="muted">From the Customer Manager:</span>{' '}
            <span className="import-upload__name">{file.name}</span>
          </p>
        ) : null}
        <span id={hintId} className="field__hint">
          {uploadHint(locked, paused)}
        </span>
      </div>
      {phase === 'parsing' ? (
        <div className="import-meter">
          <progress
            className="import-meter__bar"
            aria-label="Reading the file"
            max={100}
            value={percent}
          />
          <span className="muted">
            Reading the file… {formatNumber(parseProgress?.rowsRead ?? 0)} rows
          </span>
        </div>
      ) : null}
      {phase === 'rejected' ? (
        <ErrorPanel title="This file cannot be imported">
          <p>{snapshot.message}</p>
          <p>Fix the file, then choose it again.</p>
        </ErrorPanel>
      ) : null}
    </section>
  )
}
