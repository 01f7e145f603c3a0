// A run cancelled while no instance was sending it (asked before it started, or while paused):
// ended without sending anything. Rows never sent become skipped; a row journaled 'sent'
// without an answer is looked up first (a plain GET): gone means removed, as the engine's
// lost-answer rule says, so the run's counts never under-report a removal.
import {
  LOST_ANSWER,
  stillThere,
} from '../../src/features/customer-import/engine/run/lost-answers.ts'
import type { RowRecord } from '../../src/features/customer-import/engine/run/import-journal.ts'
import type { RemovalTenantPort } from '../../src/features/customer-import/engine/removal-tenant-port.ts'
import type { DbRunJournal } from './runs-journal.ts'

const NOT_SENT = 'Cancelled before it was sent.'
const MAYBE_SENT =
  'Cancelled; LoanPro may have removed it before the cancel, so check it in LoanPro.'

export async function cancelUnsentRun(
  journal: DbRunJournal,
  port: RemovalTenantPort,
  runId: string,
  now = Date.now(),
): Promise<void> {
  const stored = await journal.loadRun(runId)
  if (!stored) throw new Error(`No server run ${runId}.`)
  const recorded = new Map(stored.rows.map((row) => [row.index, row]))
  const changed: RowRecord[] = []
  const counts = { ...stored.run.counts }
  for (let index = 0; index < stored.plan.ids.length; index++) {
    const row = recorded.get(index)
    const attempts = row?.attempts ?? 0
    if (row && row.state !== 'pending' && row.state !== 'sent') continue
    let state: RowRecord['state'] = 'skipped'
    let message = NOT_SENT
    if (row?.state === 'sent') {
      const outcome = await stillThere(port, stored.plan.ids[index] ?? 0)
      if (outcome === 'gone') [state, message] = ['removed', LOST_ANSWER]
      else if (outcome === 'unknown') message = MAYBE_SENT
    }
    counts[state === 'removed' ? 'removed' : 'skipped']++
    changed.push({ runId, index, state, message, attempts })
  }
  const run = {
    ...stored.run,
    status: 'cancelled' as const,
    pauseReason: null,
    finishedAt: now,
    updatedAt: now,
    counts,
  }
  await journal.write(run, changed)
}
