// The audit hook on the proxy's customer DELETE: a snapshot first, then the DELETE, then its
// outcome. Nothing is deleted without its snapshot stored: if either fails, the DELETE is
// refused with nothing sent.
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import type { ProxyConfig } from '../config.ts'
import { PROXY_PREFIX, type UpstreamTransport } from '../proxy.ts'
import { recordAttempt, recordOutcome, recordUnsent, type AuditAttempt } from './audit-store.ts'
import { readDeleteOutcome } from './audit-outcome.ts'
import type { Db } from './db.ts'
import { SnapshotError, takeSnapshot } from './snapshot.ts'

/** The import run a DELETE belongs to; the app sends it with every DELETE of a run. */
export const RUN_HEADER = 'X-CM-Run'
const RUN_ID = /^[A-Za-z0-9._:-]{1,100}$/
const CUSTOMER_DELETE = /^odata\.svc\/Customers\((\d{1,12})\)$/

declare module 'hono' {
  interface ContextVariableMap {
    /** Set once the audit hook has handled this DELETE: its entry id, or 'unrecorded'. */
    auditEntryId: string
  }
}

/** The id of the customer a proxied DELETE removes, or null for any other request. */
export function deletedCustomerId(c: Context): number | null {
  if (c.req.method !== 'DELETE') return null
  const path = new URL(c.req.url).pathname
  if (!path.startsWith(PROXY_PREFIX)) return null
  const match = CUSTOMER_DELETE.exec(path.slice(PROXY_PREFIX.length))
  return match?.[1] ? Number(match[1]) : null
}

function clientIp(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null
  } catch {
    return null // not served by @hono/node-server (app.request in tests)
  }
}

function attemptFor(c: Context, customerId: number): AuditAttempt | null {
  const actor = c.get('teamUser') as Context['var']['teamUser'] | undefined
  if (!actor) return null
  const run = c.req.header(RUN_HEADER)
  return {
    actor,
    clientIp: clientIp(c),
    forwardedFor: c.req.header('x-forwarded-for')?.slice(0, 500) ?? null,
    userAgent: c.req.header('user-agent')?.slice(0, 500) ?? null,
    customerId,
    runId: run && RUN_ID.test(run) ? run : null,
  }
}

function refuse(c: Context, status: 401 | 502 | 503, message: string) {
  c.header('Cache-Control', 'no-store')
  return c.json({ error: { message } }, status)
}

export interface DeleteAuditOptions {
  db: Db
  proxy: ProxyConfig
  transport?: UpstreamTransport
  log: (line: string) => void
}

/**
 * Two middlewares for the proxy route. `recordRefusals` goes before the role check and writes
 * an entry for a DELETE the check refused; `snapshotBeforeDelete` goes after it, right before
 * the proxy.
 */
export function deleteAudit({ db, proxy, transport, log }: DeleteAuditOptions) {
  const recordRefusals: MiddlewareHandler = async (c, next) => {
    await next()
    const customerId = deletedCustomerId(c)
    if (customerId === null || c.get('auditEntryId') || c.res.status < 400) return
    const attempt = attemptFor(c, customerId)
    if (!attempt) return // not signed in: nobody to attribute it to
    const message = `Refused before reaching LoanPro (${String(c.res.status)}).`
    await recordUnsent(db, attempt, { outcome: 'refused', status: c.res.status, message }).catch(
      (error: unknown) => log(`Audit log: could not record a refused delete: ${String(error)}`),
    )
  }

  const snapshotBeforeDelete: MiddlewareHandler = async (c, next) => {
    const customerId = deletedCustomerId(c)
    if (customerId === null) return next()
    const attempt = attemptFor(c, customerId)
    if (!attempt) return refuse(c, 401, 'Sign in to delete customers.')

    let snapshot: Record<string, unknown>
    try {
      snapshot = await takeSnapshot(proxy, customerId, transport)
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error
      const message =
        `Customer ${String(customerId)} was not deleted: the server could not keep a snapshot ` +
        `of it first (${error.message}). Nothing was sent to LoanPro; try again.`
      const id = await recordUnsent(db, attempt, {
        outcome: 'not-sent',
        status: 502,
        message,
      }).catch(() => 'unrecorded')
      c.set('auditEntryId', id)
      return refuse(c, 502, message)
    }
    let entryId: string
    try {
      entryId = await recordAttempt(db, attempt, snapshot)
    } catch (error) {
      log(`Audit log: could not record a delete: ${String(error)}`)
      c.set('auditEntryId', 'unrecorded')
      return refuse(
        c,
        503,
        `Customer ${String(customerId)} was not deleted: the audit log could not be written. ` +
          'Nothing was sent to LoanPro; try again, and tell the administrator if it persists.',
      )
    }
    c.set('auditEntryId', entryId)
    await next()
    const result = await readDeleteOutcome(c.res, c.get('upstreamFailure'))
    await recordOutcome(db, entryId, result).catch((error: unknown) =>
      log(`Audit log: could not record the outcome of entry ${entryId}: ${String(error)}`),
    )
  }

  return { recordRefusals, snapshotBeforeDelete }
}
