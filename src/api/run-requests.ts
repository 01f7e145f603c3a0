import type { LoanProClient } from './http-client'
import { readSignedInUser } from './team-user'

/**
 * The header that marks a removal run's requests (an import, or "Remove selected…") for the
 * production server in team mode: a run's DELETE looks like a single delete, and only the
 * bulk remover role may run. Added in team mode only, where the server is the app's own
 * origin; a tenant reached straight from the browser would refuse an unknown header.
 */
export const RUN_HEADER = 'X-CM-Run'

/**
 * `run`: the run's id, so the audit groups the run's DELETEs (server/team/audit-delete.ts keeps
 * ids of letters, digits and `._:-`); 'removal' when the request belongs to no one run.
 */
export function markedAsRun(
  client: LoanProClient,
  inTeamMode = readSignedInUser() !== null,
  run = 'removal',
) {
  if (!inTeamMode) return client
  return {
    url: (path, query) => client.url(path, query),
    request: (method, path, options) =>
      client.request(method, path, {
        ...options,
        headers: { ...options?.headers, [RUN_HEADER]: run },
      }),
  } satisfies LoanProClient
}
