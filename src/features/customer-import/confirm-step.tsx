import { useState } from 'react'
import { formatCount, formatNumber } from '../../lib/format'
import type { ImportEngine, ImportSnapshot } from './engine/import-engine'
import { RemoveCustomersDialog } from './remove-customers-dialog'
import { RunCountStats } from './run-count-words'

const PREVIEW_ROWS = 10

interface ConfirmStepProps {
  engine: ImportEngine
  snapshot: ImportSnapshot
  /**
   * Team mode: the confirmed rows (`confirmed` customers) run on the server instead of in
   * this tab; rejects with words when the server refused.
   */
  runOnServer?: (confirmed: number) => Promise<unknown>
}

function blockedReason(snapshot: ImportSnapshot): string | null {
  const { validation, validationType, runnable } = snapshot
  if (!validation || runnable > 0) return null
  if (validation.ids.length === 0) return 'No row can be removed: every row has an error.'
  if (validationType === 'file') {
    return 'File rejection: fix the rows with errors and upload again, or choose line rejection to remove only the valid rows.'
  }
  return 'Nothing to remove.'
}

/** The impact preview and the Run import button with its confirmation. */
export function ConfirmStep({ engine, snapshot, runOnServer }: ConfirmStepProps) {
  const [confirming, setConfirming] = useState(false)
  const [starting, setStarting] = useState(false)
  const [refused, setRefused] = useState<string | null>(null)
  const { validation, runnable } = snapshot
  if (!validation || snapshot.phase !== 'validated') return null
  const preview = Array.from({ length: Math.min(PREVIEW_ROWS, validation.ids.length) }, (_, i) => ({
    id: validation.ids[i] ?? 0,
    name: validation.names[i] ?? '',
  }))
  const blocked = blockedReason(snapshot)

  const start = async () => {
    setStarting(true)
    setRefused(null)
    try {
      if (runOnServer) await runOnServer(runnable)
      else await engine.startRun()
    } catch (error) {
      if (!runOnServer) throw error
      const reason = error instanceof Error ? error.message : 'Unexpected error.'
      setRefused(`The run was not started on the server: ${reason}`)
    } finally {
      setStarting(false)
      setConfirming(false)
    }
  }

  return (
    <section className="card import-card" aria-labelledby="import-confirm">
      <h2 id="import-confirm" className="import-card__title">
        Confirm
      </h2>
      {runnable > 0 ? (
        <>
          <RunCountStats
            label="Run plan"
            counts={{ rejected: validation.errorRows, removed: 0, failed: 0, notSent: 0 }}
            only={['rejected']}
            extra={{ term: 'To remove', value: runnable }}
          />
          <p>
            <strong>{formatCount(runnable, 'customer')}</strong> will be removed
            {validation.errorRows > 0
              ? `; ${formatCount(validation.errorRows, 'row')} rejected at validation will not be sent`
              : ''}
            .
          </p>
          <ul className="import-preview" aria-label="Customers to remove">
            {preview.map((customer) => (
              <li key={customer.id}>
                <span className="import-preview__id">{customer.id}</span>
                <span>{customer.name || <span className="muted">(no name)</span>}</span>
              </li>
            ))}
          </ul>
          {runnable > preview.length ? (
            <p className="muted">and {formatNumber(runnable - preview.length)} more.</p>
          ) : null}
        </>
      ) : (
        <p className="import-note import-note--danger">{blocked}</p>
      )}
      <div className="import-actions">
        <button
          type="button"
          className="button button--danger"
          disabled={runnable === 0}
          onClick={() => setConfirming(true)}
        >
          Run import
        </button>
      </div>
      {refused ? (
        <p className="import-note import-note--danger" role="alert">
          {refused}
        </p>
      ) : null}
      <RemoveCustomersDialog
        open={confirming}
        count={runnable}
        busy={starting}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void start()}
      />
    </section>
  )
}
