import { Link } from 'react-router'
import type { PauseReason } from './engine/removal-run'

/** Why a run paused, in words, and whether the way out starts in Settings. */
const PAUSE_REASONS: Record<PauseReason, { words: string; fixInSettings?: true }> = {
  unauthorized: {
    words: 'LoanPro did not accept the token; reconnect in Settings, then resume.',
    fixInSettings: true,
  },
  'not-saved': { words: 'Could not save progress in this browser; free some space, then resume.' },
  'left-page': { words: 'Paused because you left the import page; resume it below.' },
  'app-closed': {
    words:
      'Paused because the app was closed or the connection changed; resume it on the Import page.',
  },
  'rate-limited': {
    words: 'LoanPro kept asking to slow down (429); the run waits as asked, then resumes.',
  },
  'tenant-unavailable': {
    words: 'LoanPro kept failing or did not answer; the run waits, then tries again.',
  },
}

export function pauseReasonWords(reason: PauseReason): string {
  return PAUSE_REASONS[reason].words
}

/** The words, then a link to Settings when that is where the pause is fixed. */
export function PauseReasonText({ reason }: { reason: PauseReason }) {
  const { words, fixInSettings } = PAUSE_REASONS[reason]
  return (
    <>
      {words} {fixInSettings ? <Link to="/settings">Open Settings</Link> : null}
    </>
  )
}
