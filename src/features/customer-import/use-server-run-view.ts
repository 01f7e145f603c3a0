import { useCallback, useState } from 'react'
import { isServerRunOpen, type ServerRun } from '../../api/server-runs'
import { useServerRunCommands, useServerRuns } from '../../api/use-server-runs'
import type { ImportEngine } from './engine/import-engine'
import { confirmedServerRun } from './server-run-start'

/**
 * Team mode's runs for the import page: the list (polled), the run shown in full (the one
 * this person just started or chose, else the newest still open), and starting a run on the
 * server from the wizard's confirmed rows.
 */
export function useServerRunView(enabled: boolean) {
  const query = useServerRuns(enabled)
  const { start } = useServerRunCommands()
  const [watched, setWatched] = useState<string | null>(null)
  // Shown until the polled list has it (a list read just before the POST lacks it).
  const [started, setStarted] = useState<ServerRun | null>(null)
  const runs = query.data ?? []
  // With none chosen, the newest open run is shown, and stays shown once it ends.
  const open = runs.find(isServerRunOpen)
  if (watched === null && open) setWatched(open.id)
  const shown =
    (watched ? runs.find((run) => run.id === watched) : undefined) ??
    (started && started.id === watched ? started : undefined) ??
    open ??
    null

  const startFrom = useCallback(
    async (engine: ImportEngine, confirmed: number): Promise<ServerRun> => {
      const run = await start.mutateAsync(confirmedServerRun(engine, confirmed))
      setStarted(run)
      setWatched(run.id)
      // The file or selection is done with: the wizard starts over for the next one.
      await engine.reset()
      return run
    },
    [start],
  )
  return { query, runs, shown, watch: setWatched, startFrom }
}
