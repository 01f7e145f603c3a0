import { queryOptions } from '@tanstack/react-query'

/*
 * Team mode's removal runs on the server (`/api/runs`, same origin; the session cookie travels
 * by itself). The server works them with the same engine as the tab, so they go on when the
 * browser closes, and everyone who may run removals sees the same progress.
 */
const RUNS_BASE = '/api/runs'

export type ServerRunStatus = 'running' | 'paused' | 'completed' | 'cancelled'

/** One run as `GET /api/runs` shows it (server/team/runs-store.ts ServerRunView). */
export interface ServerRun {
  id: string
  fileName: string
  source: 'file' | 'selection'
  status: ServerRunStatus
  /** The engine's pause code: 'unauthorized', 'not-saved', 'rate-limited', 'tenant-unavailable'. */
  pauseReason: string | null
  total: number
  counts: { removed: number; failed: number; skipped: number }
  /** Rows rejected at validation (never sent). */
  rejected: number
  startedAt: number
  finishedAt: number | null
  updatedAt: number
  startedBy: { subject: string; name: string }
  cancelRequested: boolean
  heldBy: string | null
  /** A run paused by LoanPro's 429s or an outage goes on by itself then (epoch ms). */
  resumeAt: number | null
  autoPauses: number
}

/** What a confirmed removal sends: exactly the rows the person confirmed. */
export interface NewServerRun {
  ids: readonly number[]
  lines?: readonly number[]
  names?: readonly string[]
  fileName: string
  source: 'file' | 'selection'
  rejectedRows?: ReadonlyArray<{ line: number; customerId: string; message: string }>
}

export class ServerRunError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
    this.name = 'ServerRunError'
  }
}

function wordsFor(status: number): string {
  if (status === 401) return 'Your session has ended: reload the page to sign in again.'
  if (status === 403) return 'Your role cannot run removals: that needs Bulk remover or Admin.'
  if (status === 413) return 'Too many customers for one run.'
  return `The server could not answer (HTTP ${String(status)}). Try again in a moment.`
}

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response
  try {
    response = await fetch(new URL(path, window.location.origin), {
      ...init,
      headers: { Accept: 'application/json', ...init.headers },
    })
  } catch (cause) {
    if (init.signal?.aborted) throw cause
    throw new ServerRunError('The server could not be reached. Check the connection.', 0)
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { message?: unknown }
    } | null
    const message = body?.error?.message
    // The server's own words for what the person can fix (bad ids, a run already ended).
    const own = [400, 404, 409].includes(response.status) && typeof message === 'string'
    throw new ServerRunError(own ? message : wordsFor(response.status), response.status)
  }
  return response
}

const post = async (path: string, body?: unknown): Promise<ServerRun> =>
  (await (
    await call(path, {
      method: 'POST',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  ).json()) as ServerRun

export function startServerRun(run: NewServerRun): Promise<ServerRun> {
  return post(RUNS_BASE, {
    ...run,
    ids: Array.from(run.ids),
    lines: run.lines && Array.from(run.lines),
  })
}

export const cancelServerRun = (id: string) => post(`${RUNS_BASE}/${encodeURIComponent(id)}/cancel`)

export const resumeServerRun = (id: string) => post(`${RUNS_BASE}/${encodeURIComponent(id)}/resume`)

/** The run's per-row outcomes, the same CSV as a browser run's "Download results". */
export async function serverRunResultsCsv(id: string): Promise<string> {
  return (await call(`${RUNS_BASE}/${encodeURIComponent(id)}/results.csv`)).text()
}

/** The customers the run removed (so far). */
export async function serverRunRemovedIds(id: string): Promise<number[]> {
  const response = await call(`${RUNS_BASE}/${encodeURIComponent(id)}/removed`)
  return ((await response.json()) as { ids: number[] }).ids
}

/** Rows settled so far. */
export const serverRunDone = (run: ServerRun) =>
  run.counts.removed + run.counts.failed + run.counts.skipped

/** Not ended: sending, or paused (by itself until resumeAt, or for a person). */
export const isServerRunOpen = (run: ServerRun) =>
  run.status === 'running' || run.status === 'paused'

/** While a run is open the list is asked this often; otherwise only now and then. */
export const POLL_OPEN_MS = 2_000
export const POLL_IDLE_MS = 20_000

export const serverRunQueries = {
  list: () =>
    queryOptions({
      queryKey: ['server-runs'] as const,
      queryFn: async ({ signal }) =>
        ((await (await call(RUNS_BASE, { signal })).json()) as { runs: ServerRun[] }).runs,
      refetchInterval: (query) =>
        query.state.data?.some(isServerRunOpen) ? POLL_OPEN_MS : POLL_IDLE_MS,
    }),
}
