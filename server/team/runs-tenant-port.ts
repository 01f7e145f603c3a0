// The removal engine's tenant port on the server: LoanPro reached directly with the tenant
// token, each request inside the shared rate budget, and each DELETE audited as the proxy
// audits one (a snapshot stored before it is sent, the outcome after), attributed to the
// person who started the run and carrying the run's id.
import type http from 'node:http'
import { LoanProError } from '../../src/api/loanpro-error.ts'
import type {
  RemovalTenantPort,
  TenantCustomer,
  TenantLookupAnswer,
} from '../../src/features/customer-import/engine/removal-tenant-port.ts'
import type { ProxyConfig } from '../config.ts'
import { nodeTransport, send, type UpstreamTransport } from '../proxy.ts'
import { readDeleteOutcome } from './audit-outcome.ts'
import { recordAttempt, recordOutcome, recordUnsent, type AuditAttempt } from './audit-store.ts'
import type { Db } from './db.ts'
import type { RateBudget } from './runs-rate-budget.ts'
import { SnapshotError, takeSnapshot } from './snapshot.ts'
import type { TeamUser } from './team-user.ts'

export interface ServerTenantPortOptions {
  db: Db
  proxy: ProxyConfig
  budget: RateBudget
  runId: string
  starter: TeamUser
  transport?: UpstreamTransport
  log: (line: string) => void
  /**
   * The run's lease: a DELETE goes out only while `instance` holds it with `marginMs` to
   * spare, checked with its audit entry. Otherwise `onLapse`: the instance lets go of the run,
   * and whoever takes it next looks the row up before sending it.
   */
  lease: { instance: string; marginMs: number; onLapse: () => void }
}

interface Answer {
  status: number
  retryAfter?: string
  text: string
}

function retryAfterMs(value: string | undefined): number | undefined {
  const seconds = Number(value)
  return value && Number.isFinite(seconds) ? seconds * 1000 : undefined
}

function errorFor(answer: Answer, method: string, path: string): LoanProError {
  const { status } = answer
  const kind =
    status === 401 || status === 403
      ? 'unauthorized'
      : status === 409
        ? 'conflict'
        : status === 404
          ? 'not-found'
          : status === 429
            ? 'rate-limited'
            : status >= 500
              ? 'server'
              : status >= 200 && status < 300
                ? 'bad-response'
                : 'http'
  let serverMessage: string | undefined
  try {
    const json = JSON.parse(answer.text) as { error?: { message?: unknown } }
    const message = json.error?.message
    if (typeof message === 'string') serverMessage = message.slice(0, 500)
  } catch {
    // not JSON: the kind's own words
  }
  return new LoanProError({
    kind,
    status,
    serverMessage,
    retryAfterMs: retryAfterMs(answer.retryAfter),
    method,
    path,
  })
}

/**
 * How the engine treats a snapshot that could not be taken (nothing was sent), as it would
 * the DELETE's own answer: a customer LoanPro no longer has is refused (409/404); a refused
 * token pauses the run for a person (401/403); a 429 is a rate limit; anything else is worth
 * another try (the engine checks the customer before it sends again).
 */
function snapshotFailureKind(error: SnapshotError): LoanProError['kind'] {
  const status = Number(/answered (\d{3})/.exec(error.message)?.[1] ?? 0)
  if (status === 404 || status === 409) return 'conflict'
  if (status === 401 || status === 403) return 'unauthorized'
  if (status === 429) return 'rate-limited'
  return 'server'
}

export function serverTenantPort(options: ServerTenantPortOptions): RemovalTenantPort {
  const { db, proxy, budget, runId, starter, log, lease } = options
  const transport = options.transport ?? nodeTransport

  async function request(method: string, path: string, signal?: AbortSignal): Promise<Answer> {
    await budget.take(signal)
    const headers = {
      accept: 'application/json',
      authorization: `Bearer ${proxy.token}`,
      'autopal-instance-id': proxy.tenantId,
      'accept-encoding': 'identity',
    }
    const total = AbortSignal.any([
      AbortSignal.timeout(proxy.totalTimeoutMs),
      ...(signal ? [signal] : []),
    ])
    let response: http.IncomingMessage
    try {
      response = await send(
        transport,
        new URL(proxy.apiBase + path),
        method,
        headers,
        null,
        proxy.timeoutMs,
        total,
      )
    } catch (error) {
      if (signal?.aborted) throw new LoanProError({ kind: 'aborted', method, path })
      const kind = total.aborted || (error as Error).name !== 'Error' ? 'timeout' : 'network'
      throw new LoanProError({ kind, method, path, cause: error })
    }
    const chunks: Buffer[] = []
    try {
      for await (const chunk of response as AsyncIterable<Buffer>) chunks.push(chunk)
    } catch (error) {
      throw new LoanProError({ kind: 'network', method, path, cause: error })
    }
    const retryAfter = response.headers['retry-after']
    return {
      status: response.statusCode ?? 0,
      retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
      text: Buffer.concat(chunks).toString('utf8').split(proxy.token).join('[redacted]'),
    }
  }

  async function customerPresence(id: number, signal?: AbortSignal) {
    const path = `odata.svc/Customers(${String(id)})?$select=id`
    const answer = await request('GET', path, signal)
    if (answer.status === 200) return 'present' as const
    if (answer.status === 404 || answer.status === 409) return 'gone' as const
    throw errorFor(answer, 'GET', path)
  }

  async function deleteCustomer(id: number, signal?: AbortSignal): Promise<void> {
    const attempt: AuditAttempt = {
      actor: starter,
      clientIp: null,
      forwardedFor: null,
      userAgent: `customer-manager server run ${runId}`,
      customerId: id,
      runId,
    }
    let snapshot: Record<string, unknown>
    try {
      await budget.take(signal)
      snapshot = await takeSnapshot(proxy, id, transport)
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error
      const message =
        `Not deleted: the server could not keep a snapshot of customer ${String(id)} first ` +
        `(${error.message}). Nothing was sent to LoanPro.`
      await recordUnsent(db, attempt, { outcome: 'not-sent', status: 502, message }).catch(
        () => undefined,
      )
      throw new LoanProError({ kind: snapshotFailureKind(error), serverMessage: message })
    }
    // No audit entry, no DELETE: a write that fails here halts the run (it cannot be audited).
    const entryId = await db.transaction(async (tx) => {
      const { rows } = await tx.query(
        `SELECT 1 FROM runs WHERE id = $1 AND lease_owner = $2
           AND lease_until > now() + $3::float8 * interval '1 millisecond'`,
        [runId, lease.instance, lease.marginMs],
      )
      return rows.length > 0 ? recordAttempt(tx, attempt, snapshot) : null
    })
    if (entryId === null) {
      lease.onLapse()
      throw new LoanProError({
        kind: 'aborted',
        serverMessage: 'The run moved to another instance.',
      })
    }
    const path = `odata.svc/Customers(${String(id)})`
    let answer: Answer
    try {
      answer = await request('DELETE', path, signal)
    } catch (error) {
      const failure =
        error instanceof LoanProError && error.kind === 'timeout' ? 'timeout' : 'unreachable'
      const result = await readDeleteOutcome(new Response(null, { status: 502 }), failure)
      await recordOutcome(db, entryId, result).catch((e: unknown) =>
        log(`Audit log: could not record the outcome of entry ${entryId}: ${String(e)}`),
      )
      throw error
    }
    const response = new Response(answer.text || null, { status: answer.status })
    const result = await readDeleteOutcome(response, undefined)
    await recordOutcome(db, entryId, result).catch((e: unknown) =>
      log(`Audit log: could not record the outcome of entry ${entryId}: ${String(e)}`),
    )
    if (result.outcome === 'removed') return
    throw errorFor(answer, 'DELETE', path)
  }

  async function lookupCustomers(ids: number[], signal?: AbortSignal): Promise<TenantLookupAnswer> {
    // Not used by a run (ids are validated before it starts); a plain GET per id when asked.
    const found: TenantCustomer[] = []
    for (const id of ids) {
      const path = `odata.svc/Customers(${String(id)})?$select=id,firstName,lastName&$expand=Loans`
      const answer = await request('GET', path, signal)
      if (answer.status === 404 || answer.status === 409) continue
      if (answer.status !== 200) throw errorFor(answer, 'GET', path)
      const d = (JSON.parse(answer.text) as { d: Record<string, unknown> }).d
      const loans = (d.Loans as { results?: unknown[] } | unknown[] | undefined) ?? []
      const text = (value: unknown) => (typeof value === 'string' ? value : '')
      found.push({
        id,
        displayName: `${text(d.firstName)} ${text(d.lastName)}`.trim(),
        loansCount: Array.isArray(loans) ? loans.length : (loans.results?.length ?? 0),
      })
    }
    return found
  }

  return { deleteCustomer, customerPresence, lookupCustomers }
}
