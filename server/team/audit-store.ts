// The audit log's queries: the rest of the server records and reads entries through these
// functions, never through SQL of its own. Entries are append-only (migration 0001).
import type {
  AuditEntry,
  AuditEntryWithSnapshot,
  AuditOutcome,
} from '../../src/api/audit-contract.ts'
import type { Role, TeamUser } from './team-user.ts'
import type { Db, DbQuery, SqlValue } from './db.ts'

// The entry's shape is the HTTP contract the Audit page reads: one definition, in src/api.
export { AUDIT_OUTCOMES, type AuditEntry, type AuditOutcome } from '../../src/api/audit-contract.ts'

/** Who asked for the delete, from where, for which customer: written before anything is sent. */
export interface AuditAttempt {
  actor: TeamUser
  clientIp: string | null
  /** X-Forwarded-For as received: the client's own claim unless a trusted proxy set it. */
  forwardedFor: string | null
  userAgent: string | null
  customerId: number
  /** The import run the DELETE belongs to (X-CM-Run), if any. */
  runId: string | null
}

export interface AuditResult {
  outcome: AuditOutcome
  /** The HTTP status the app received, when there was one. */
  status?: number
  message?: string
}

export const NO_OUTCOME_MESSAGE =
  'No answer was recorded: the server stopped while the DELETE was on its way. ' +
  'Check the customer in LoanPro.'

/** Writes the attempt (with its snapshot, when taken) and returns the entry id. */
export async function recordAttempt(
  db: DbQuery,
  attempt: AuditAttempt,
  snapshot: unknown,
): Promise<string> {
  const { actor } = attempt
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO audit_entries (actor_subject, actor_name, actor_email, actor_role, client_ip,
       forwarded_for, user_agent, customer_id, run_id, snapshot)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb) RETURNING id::text AS id`,
    [
      actor.subject,
      actor.name,
      actor.email ?? null,
      actor.role,
      attempt.clientIp,
      attempt.forwardedFor,
      attempt.userAgent,
      attempt.customerId,
      attempt.runId,
      snapshot === undefined ? null : JSON.stringify(snapshot),
    ],
  )
  const id = rows[0]?.id
  if (id === undefined) throw new Error('The audit entry was not written.')
  return id
}

export async function recordOutcome(db: DbQuery, entryId: string, result: AuditResult) {
  await db.query(
    'INSERT INTO audit_outcomes (entry_id, outcome, status, message) VALUES ($1, $2, $3, $4)',
    [entryId, result.outcome, result.status ?? null, result.message ?? null],
  )
}

/** A delete that was never sent (refused, or no snapshot): entry and outcome at once. */
export async function recordUnsent(db: Db, attempt: AuditAttempt, result: AuditResult) {
  return db.transaction(async (tx) => {
    const id = await recordAttempt(tx, attempt, undefined)
    await recordOutcome(tx, id, result)
    return id
  })
}

export interface AuditFilter {
  /** Only this person's entries (operators see their own). */
  onlySubject?: string
  /** Subject, or part of a name or email. */
  user?: string
  customerId?: number
  outcome?: AuditOutcome
  runId?: string
  /** Inclusive lower bound. */
  from?: Date
  /** Exclusive upper bound. */
  until?: Date
}

const SELECT_ENTRY = `SELECT e.id::text AS id, e.at, e.actor_subject, e.actor_name, e.actor_email,
  e.actor_role, e.client_ip, e.forwarded_for, e.user_agent, e.customer_id::text AS customer_id,
  e.run_id, COALESCE(o.outcome, 'unknown') AS outcome, o.status,
  CASE WHEN o.entry_id IS NULL THEN '${NO_OUTCOME_MESSAGE.replace(/'/g, "''")}' ELSE o.message END
    AS message,
  e.snapshot IS NOT NULL AS has_snapshot
  FROM audit_entries e LEFT JOIN audit_outcomes o ON o.entry_id = e.id`

interface EntryRow {
  id: string
  at: Date | string
  actor_subject: string
  actor_name: string
  actor_email: string | null
  actor_role: Role
  client_ip: string | null
  forwarded_for: string | null
  user_agent: string | null
  customer_id: string
  run_id: string | null
  outcome: AuditOutcome
  status: number | null
  message: string | null
  has_snapshot: boolean
}

function toEntry(row: EntryRow): AuditEntry {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    actor: {
      subject: row.actor_subject,
      name: row.actor_name,
      email: row.actor_email,
      role: row.actor_role,
    },
    clientIp: row.client_ip,
    forwardedFor: row.forwarded_for,
    userAgent: row.user_agent,
    customerId: Number(row.customer_id),
    runId: row.run_id,
    outcome: row.outcome,
    status: row.status === null ? null : Number(row.status),
    message: row.message,
    hasSnapshot: row.has_snapshot,
  }
}

/** WHERE clause and parameters for a filter. */
function whereFor(filter: AuditFilter): { where: string; params: SqlValue[] } {
  const params: SqlValue[] = []
  const clauses: string[] = []
  const add = (clause: (n: string) => string, value: SqlValue) => {
    params.push(value)
    clauses.push(clause(`$${String(params.length)}`))
  }
  if (filter.onlySubject !== undefined) add((n) => `e.actor_subject = ${n}`, filter.onlySubject)
  if (filter.user) {
    add(
      (n) =>
        `(e.actor_subject = ${n} OR e.actor_name ILIKE '%' || ${n} || '%' ` +
        `OR e.actor_email ILIKE '%' || ${n} || '%')`,
      filter.user.replace(/[\\%_]/g, (char) => `\\${char}`),
    )
  }
  if (filter.customerId !== undefined) add((n) => `e.customer_id = ${n}`, filter.customerId)
  if (filter.outcome) add((n) => `COALESCE(o.outcome, 'unknown') = ${n}`, filter.outcome)
  if (filter.runId) add((n) => `e.run_id = ${n}`, filter.runId)
  if (filter.from) add((n) => `e.at >= ${n}`, filter.from)
  if (filter.until) add((n) => `e.at < ${n}`, filter.until)
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

/** One page of entries, newest first, and how many match in all. */
export async function listEntries(
  db: DbQuery,
  filter: AuditFilter,
  page: { offset: number; limit: number },
): Promise<{ entries: AuditEntry[]; total: number }> {
  const { where, params } = whereFor(filter)
  const count = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM audit_entries e
     LEFT JOIN audit_outcomes o ON o.entry_id = e.id ${where}`,
    params,
  )
  const { rows } = await db.query<EntryRow>(
    `${SELECT_ENTRY} ${where} ORDER BY e.id DESC
     LIMIT ${String(page.limit)} OFFSET ${String(page.offset)}`,
    params,
  )
  return { entries: rows.map(toEntry), total: Number(count.rows[0]?.total ?? 0) }
}

/** Every matching entry, newest first, read in batches (for the CSV export). */
export async function* allEntries(db: DbQuery, filter: AuditFilter, batch = 500) {
  let before: string | null = null
  for (;;) {
    const { where, params } = whereFor(filter)
    let clause = where
    if (before !== null) {
      params.push(before)
      const bound = `e.id < $${String(params.length)}`
      clause = where ? `${where} AND ${bound}` : `WHERE ${bound}`
    }
    const { rows } = await db.query<EntryRow>(
      `${SELECT_ENTRY} ${clause} ORDER BY e.id DESC LIMIT ${String(batch)}`,
      params,
    )
    for (const row of rows) yield toEntry(row)
    if (rows.length < batch) return
    before = rows[rows.length - 1]?.id ?? null
  }
}

/** One entry with its snapshot (null when none was taken); null when it is not visible. */
export async function getEntry(
  db: DbQuery,
  entryId: string,
  onlySubject?: string,
): Promise<AuditEntryWithSnapshot | null> {
  const { where, params } = whereFor({ onlySubject })
  params.push(entryId)
  const idClause = `e.id = $${String(params.length)}`
  const { rows } = await db.query<EntryRow & { snapshot: unknown }>(
    `${SELECT_ENTRY.replace('FROM audit_entries', ', e.snapshot FROM audit_entries')}
     ${where ? `${where} AND ${idClause}` : `WHERE ${idClause}`}`,
    params,
  )
  const row = rows[0]
  return row ? { entry: toEntry(row), snapshot: row.snapshot ?? null } : null
}
