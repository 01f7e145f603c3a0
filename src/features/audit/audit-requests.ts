import { queryOptions } from '@tanstack/react-query'
import type { AuditEntryWithSnapshot, AuditFilter, AuditPage } from './audit-types'

/*
 * The server's audit log routes (same origin, the session cookie travels by itself). Not
 * LoanPro: these are the Customer Manager server's own routes in team mode.
 */
const AUDIT_BASE = '/api/audit'

export class AuditRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

export function auditQueryString(filter: AuditFilter, extra: Record<string, number> = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, String(value))
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value))
  const text = params.toString()
  return text ? `?${text}` : ''
}

function wordsFor(status: number): string {
  if (status === 401) return 'Your session has ended: sign in again to read the audit log.'
  if (status === 403) return 'Your role cannot read the audit log.'
  if (status === 404) return 'There is no such audit entry, or it is not yours to read.'
  return `The server could not answer (HTTP ${String(status)}). Try again in a moment.`
}

/** One call to the server's own routes; an answer other than 2xx throws with words. */
export async function callServer(
  path: string,
  options: {
    signal?: AbortSignal
    /** Sent as JSON with POST. */
    json?: unknown
    words?: (status: number) => string
  } = {},
): Promise<Response> {
  const { signal, json, words = wordsFor } = options
  let response: Response
  try {
    const url = new URL(path, window.location.origin)
    response = await fetch(url, {
      signal,
      ...(json === undefined
        ? { headers: { Accept: 'application/json' } }
        : {
            method: 'POST',
            headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
            body: JSON.stringify(json),
          }),
    })
  } catch (cause) {
    if (signal?.aborted) throw cause
    throw new AuditRequestError('The server could not be reached. Check the connection.', 0)
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { message?: unknown }
    } | null
    const message = body?.error?.message
    throw new AuditRequestError(
      response.status === 400 && typeof message === 'string' ? message : words(response.status),
      response.status,
    )
  }
  return response
}

const getText = (path: string, signal?: AbortSignal) => callServer(path, { signal })

export const auditQueries = {
  page: (filter: AuditFilter, page: number, pageSize: number) =>
    queryOptions({
      queryKey: ['audit', 'page', filter, page, pageSize] as const,
      queryFn: async ({ signal }) =>
        (await (
          await getText(`${AUDIT_BASE}${auditQueryString(filter, { page, pageSize })}`, signal)
        ).json()) as AuditPage,
    }),
  entry: (entryId: string) =>
    queryOptions({
      queryKey: ['audit', 'entry', entryId] as const,
      queryFn: async ({ signal }) =>
        (await (
          await getText(`${AUDIT_BASE}/${encodeURIComponent(entryId)}`, signal)
        ).json()) as AuditEntryWithSnapshot,
      // An entry never changes.
      staleTime: Infinity,
    }),
}

/** Whether this person may read the audit log here (team mode, operator or admin). */
export async function readAuditAccess(signal?: AbortSignal): Promise<boolean> {
  try {
    await getText(`${AUDIT_BASE}?pageSize=1`, signal)
    return true
  } catch (error) {
    if (error instanceof AuditRequestError && error.status !== 0) return false
    throw error
  }
}

/** The CSV export of `filter`: its text and the file name the server gave it. */
export async function fetchAuditCsv(filter: AuditFilter): Promise<{ text: string; name: string }> {
  const response = await getText(`${AUDIT_BASE}.csv${auditQueryString(filter)}`)
  const disposition = response.headers.get('content-disposition') ?? ''
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'audit-log.csv'
  return { text: await response.text(), name }
}
