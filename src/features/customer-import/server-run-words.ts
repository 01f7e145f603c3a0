import { isServerRunOpen, type ServerRun } from '../../api/server-runs'
import { formatNumber } from '../../lib/format'

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' })
export const startedAtFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
})

/** The run's state in the words of the tab's runs (run-progress.tsx). */
export function serverRunStatusText(run: ServerRun): string {
  if (run.cancelRequested && isServerRunOpen(run)) return 'Cancelling'
  if (run.status === 'running') return run.heldBy ? 'Removing customers' : 'Waiting for the server'
  if (run.status === 'paused') return 'Paused'
  return run.status === 'completed' ? 'Finished' : 'Cancelled'
}

/**
 * Why a server run paused and what happens next. LoanPro's 429s and outages pass on their own
 * (the run resumes at `resumeAt`); a refused token or an unsaved journal waits for a person.
 */
export function serverPauseWords(run: ServerRun): string {
  const at = run.resumeAt === null ? null : time.format(run.resumeAt)
  switch (run.pauseReason) {
    case 'rate-limited':
      return at
        ? `LoanPro asked to slow down (429). The run waits as asked and goes on by itself at ${at}.`
        : `LoanPro kept asking to slow down after ${formatNumber(run.autoPauses - 1)} automatic resumes; the server stopped trying by itself. Resume when LoanPro accepts requests again.`
    case 'tenant-unavailable':
      return at
        ? `LoanPro kept failing or did not answer. The run tries again by itself at ${at}; nothing was counted as failed meanwhile.`
        : `LoanPro kept failing after ${formatNumber(run.autoPauses - 1)} automatic resumes; the server stopped trying by itself. Resume when LoanPro answers again.`
    case 'unauthorized':
      return "LoanPro did not accept the server's token. An administrator fixes the server's LOANPRO_API_TOKEN; then resume."
    case 'not-saved':
      return "The server could not save the run's progress in its database. Check the database, then resume."
    default:
      return 'Paused on the server; resume to go on.'
  }
}
