import { queryOptions } from '@tanstack/react-query'
import type { SessionsEnded, SignedInPeople } from '../../api/sessions-contract'
import { callServer } from './audit-requests'

// The server's /api/sessions routes (team mode, admins): who is signed in, and ending a
// person's sessions.

function wordsFor(status: number): string {
  if (status === 401) return 'Your session has ended: sign in again.'
  if (status === 403) return 'Only admins see and end sessions.'
  return `The server could not answer (HTTP ${String(status)}). Try again in a moment.`
}

export const sessionQueries = {
  people: () =>
    queryOptions({
      queryKey: ['sessions', 'people'] as const,
      queryFn: async ({ signal }) =>
        (await (
          await callServer('/api/sessions', { signal, words: wordsFor })
        ).json()) as SignedInPeople,
    }),
}

/** Ends every session of `subject`; how many there were. */
export async function endSessionsOf(subject: string): Promise<number> {
  const response = await callServer('/api/sessions/end', { json: { subject }, words: wordsFor })
  return ((await response.json()) as SessionsEnded).ended
}
