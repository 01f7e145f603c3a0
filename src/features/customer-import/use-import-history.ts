import { useCallback, useEffect, useState } from 'react'
import type { HistoryEntry, ImportJournal } from './engine/run/import-journal'

/** The journal's runs, newest first; reloaded whenever `revision` changes. */
export function useImportHistory(journal: ImportJournal, revision: string) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null)
  const [failed, setFailed] = useState(false)
  const [reloads, setReloads] = useState(0)

  useEffect(() => {
    let live = true
    journal.listRuns().then(
      (runs) => {
        if (!live) return
        setEntries(runs)
        setFailed(false)
      },
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [journal, revision, reloads])

  const reload = useCallback(() => setReloads((n) => n + 1), [])
  return { entries, failed, reload }
}
