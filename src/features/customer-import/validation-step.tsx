import { ErrorPanel } from '../../components/error-panel'
import { derivedFileName, downloadCsv } from '../../lib/download-file'
import { formatCount, formatNumber } from '../../lib/format'
import type { ImportEngine, ImportSnapshot } from './engine/import-engine'
import { useDownloading } from './csv-downloads'
import { ValidationErrorsTable } from './validation-errors-table'
import { ValidationTypeField } from './validation-type-field'

interface ValidationStepProps {
  engine: ImportEngine
  snapshot: ImportSnapshot
}

export function ValidationStep({ engine, snapshot }: ValidationStepProps) {
  const { phase, parsed, validation, lookupProgress } = snapshot
  const [downloading, startDownload] = useDownloading()
  const checking = phase === 'checking-tenant'
  const validRows = validation ? validation.ids.length : 0

  const downloadReport = () =>
    startDownload(async () => {
      const csv = await engine.errorReportCsv()
      downloadCsv(derivedFileName(snapshot.file?.name ?? 'import', 'errors'), csv)
    })

  return (
    <section className="card import-card" aria-labelledby="import-validate">
      <h2 id="import-validate" className="import-card__title">
        Validate
      </h2>
      <ValidationTypeField
        value={snapshot.validationType}
        onChange={(type) => engine.setValidationType(type)}
        disabled={phase === 'running'}
      />
      {parsed && !validation ? (
        <p className="muted">
          {formatCount(parsed.dataRows, 'row')} read; {formatNumber(parsed.errorRows)} with errors
          so far. Validate checks every customer in LoanPro.
        </p>
      ) : null}
      {phase !== 'running' ? (
        <div className="import-actions">
          <button
            type="button"
            className={validation ? 'button' : 'button button--primary'}
            disabled={checking || !parsed}
            onClick={() => void engine.validate()}
          >
            Validate
          </button>
          {checking && lookupProgress ? (
            <div className="import-meter">
              <progress
                className="import-meter__bar"
                aria-label="Checking customers in LoanPro"
                max={Math.max(1, lookupProgress.total)}
                value={lookupProgress.checked}
              />
              <span className="muted">
                Checking customers in LoanPro… {formatNumber(lookupProgress.checked)} of{' '}
                {formatNumber(lookupProgress.total)}
              </span>
            </div>
          ) : null}
        </div>
      ) : null}
      {phase === 'lookup-failed' ? (
        <ErrorPanel title="Validation did not finish" onRetry={() => void engine.validate()}>
          <p>{snapshot.message}</p>
        </ErrorPanel>
      ) : null}
      {validation ? (
        <>
          <dl className="import-stats" aria-label="Validation result">
            <div className="import-stats__item import-stats__item--success">
              <dt>Valid rows</dt>
              <dd>{formatNumber(validRows)}</dd>
            </div>
            <div className="import-stats__item import-stats__item--danger">
              <dt>Rows with errors</dt>
              <dd>{formatNumber(validation.errorRows)}</dd>
            </div>
            <div className="import-stats__item import-stats__item--warning">
              <dt>Warnings</dt>
              <dd>{formatNumber(validation.warningRows)}</dd>
            </div>
          </dl>
          {validation.notes.map((note) => (
            <p key={note} className="import-note">
              {note}
            </p>
          ))}
          {validation.problems.length > 0 ? (
            <>
              <ValidationErrorsTable problems={validation.problems} />
              <div className="import-actions">
                <button
                  type="button"
                  className="button"
                  disabled={downloading}
                  onClick={() => void downloadReport()}
                >
                  Download error report
                </button>
                <span className="muted">Fix the rows, then choose the file again.</span>
              </div>
            </>
          ) : (
            <p className="import-note import-note--success">Every row is valid.</p>
          )}
        </>
      ) : null}
    </section>
  )
}
