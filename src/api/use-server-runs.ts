import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  cancelServerRun,
  resumeServerRun,
  serverRunQueries,
  startServerRun,
  type NewServerRun,
} from './server-runs'

/** The team's runs on the server, polled (often while one is open); `enabled`: team mode. */
export function useServerRuns(enabled: boolean) {
  return useQuery({ ...serverRunQueries.list(), enabled })
}

/** Starts, cancels or resumes a server run; the list is asked again at once after each. */
export function useServerRunCommands() {
  const queryClient = useQueryClient()
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: serverRunQueries.list().queryKey })
  const start = useMutation({
    mutationFn: (run: NewServerRun) => startServerRun(run),
    onSettled: refresh,
  })
  const command = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'cancel' | 'resume' }) =>
      action === 'cancel' ? cancelServerRun(id) : resumeServerRun(id),
    onSettled: refresh,
  })
  return { start, command }
}
