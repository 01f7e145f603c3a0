import { useState } from 'react'
import { derivedFileName, downloadCsv } from '../../lib/download-file'
import type { RunJournal } from './engine/run/import-journal'
import { runResultsCsv } from './engine/run/run-results-csv'

/** Saves a run's per-row outcomes as "<file>-results.csv"; nothing when the run is gone. */
export async function downloadRunResults(
  journal: RunJournal,
  runId: string,
  fileName: string,
): Promise<void> {
  const csv = await runResultsCsv(journal, runId)
  if (csv !== undefined) downloadCsv(derivedFileName(fileName, 'results'), csv)
}

/** For a download that takes a while (the file read again, the journal): busy until saved. */
export function useDownloading(): [boolean, (save: () => Promise<void>) => Promise<void>] {
  const [downloading, setDownloading] = useState(false)
  const download = async (save: () => Promise<void>) => {
    setDownloading(true)
    try {
      await save()
    } finally {
      setDownloading(false)
    }
  }
  return [downloading, download]
}
