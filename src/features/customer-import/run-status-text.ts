import { formatNumber } from '../../lib/format'
import type { RunSnapshot } from './engine/removal-run'

export type RunStatusTone = 'running' | 'paused' | 'attention' | 'done'

/** What the navigation says about the app's removal run: a short badge and a full sentence. */
export interface RunStatusText {
  tone: RunStatusTone
  badge: string
  sentence: string
}

/** What the badge needs of a run: the tab's RunSnapshot, or a server run's counts. */
type RunProgressCounts = Pick<RunSnapshot, 'done' | 'total' | 'status'> & {
  counts: Pick<RunSnapshot['counts'], 'removed' | 'failed' | 'skipped'>
}

/**
 * The run on this tab's engine, or (when none) the unfinished runs left in the journal by a
 * closed tab or a reload: those need the person's attention.
 */
export function runStatusText(
  progress: RunProgressCounts | null,
  unfinished: number,
): RunStatusText | null {
  if (progress) {
    const { done, total, counts, status } = progress
    const of = `${formatNumber(done)} of ${formatNumber(total)}`
    const short = `${formatNumber(done)}/${formatNumber(total)}`
    if (status === 'running' || status === 'pausing')
      return { tone: 'running', badge: short, sentence: `Removing customers: ${of}` }
    if (status === 'cancelling')
      return { tone: 'running', badge: short, sentence: `Cancelling the removal: ${of}` }
    if (status === 'paused')
      return { tone: 'paused', badge: `Paused ${short}`, sentence: `Removal paused: ${of}` }
    if (counts.failed > 0) {
      const failed = `${formatNumber(counts.failed)} failed`
      return {
        tone: 'attention',
        badge: failed,
        sentence: `Removal needs attention: ${formatNumber(counts.removed)} removed, ${failed}`,
      }
    }
    if (status === 'cancelled') {
      return {
        tone: 'done',
        badge: 'Cancelled',
        sentence: `Removal cancelled: ${formatNumber(counts.removed)} removed, ${formatNumber(counts.skipped)} not sent`,
      }
    }
    return {
      tone: 'done',
      badge: 'Done',
      sentence: `Removal done: ${formatNumber(counts.removed)} of ${formatNumber(total)} removed`,
    }
  }
  if (unfinished > 0) {
    const runs =
      unfinished === 1 ? '1 unfinished run' : `${formatNumber(unfinished)} unfinished runs`
    return {
      tone: 'attention',
      badge: 'Unfinished',
      sentence: `Removal needs attention: ${runs}; resume or discard on the Import page`,
    }
  }
  return null
}
