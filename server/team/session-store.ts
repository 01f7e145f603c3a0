// The sessions table's queries (migration 0003). The cookie holds a random id; only its hash is
// stored. A session is live while it is neither revoked nor past its expiry.
import { createHash, randomBytes } from 'node:crypto'
import type { SignedInPerson } from '../../src/api/sessions-contract.ts'
import type { DbQuery } from './db.ts'

export interface SessionRecord {
  subject: string
  name: string
  email: string | null
  /** What the role is computed from: subject, e-mail, the role claim's values at sign-in. */
  claims: Record<string, unknown>
  expiresAt: Date
}

export const newSessionId = () => randomBytes(32).toString('base64url')

export const hashSessionId = (id: string) => createHash('sha256').update(id).digest('hex')

/** Records a new session; also drops rows that ended more than a day ago. */
export async function createSession(db: DbQuery, id: string, record: SessionRecord) {
  await db.query(`DELETE FROM sessions WHERE expires_at < now() - interval '1 day'`)
  await db.query(
    `INSERT INTO sessions (id_hash, subject, name, email, claims, expires_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
    [
      hashSessionId(id),
      record.subject,
      record.name,
      record.email,
      JSON.stringify(record.claims),
      record.expiresAt,
    ],
  )
}

/** The session if it is live (not revoked, not expired), else null. */
export async function findLiveSession(db: DbQuery, id: string): Promise<SessionRecord | null> {
  const { rows } = await db.query<{
    subject: string
    name: string
    email: string | null
    claims: Record<string, unknown>
    expires_at: Date | string
  }>(
    `SELECT subject, name, email, claims, expires_at FROM sessions
     WHERE id_hash = $1 AND revoked_at IS NULL AND expires_at > now()`,
    [hashSessionId(id)],
  )
  const row = rows[0]
  if (!row) return null
  return {
    subject: row.subject,
    name: row.name,
    email: row.email,
    claims: row.claims,
    expiresAt: new Date(row.expires_at),
  }
}

/** Ends one session (sign-out). */
export async function revokeSession(db: DbQuery, id: string, reason: string): Promise<void> {
  await db.query(
    `UPDATE sessions SET revoked_at = now(), revoked_reason = $2
     WHERE id_hash = $1 AND revoked_at IS NULL`,
    [hashSessionId(id), reason],
  )
}

/** Ends every live session of a person; how many were live. */
export async function revokeSessionsOf(
  db: DbQuery,
  subject: string,
  reason: string,
): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `WITH ended AS (
       UPDATE sessions SET revoked_at = now(), revoked_reason = $2
       WHERE subject = $1 AND revoked_at IS NULL AND expires_at > now() RETURNING 1)
     SELECT count(*)::int AS n FROM ended`,
    [subject, reason],
  )
  return Number(rows[0]?.n ?? 0)
}

/** Everyone with a live session, most recent sign-in first. */
export async function listSignedInPeople(db: DbQuery): Promise<SignedInPerson[]> {
  const { rows } = await db.query<{
    subject: string
    name: string
    email: string | null
    sessions: number
    last_sign_in: Date | string
  }>(
    `SELECT DISTINCT ON (subject) subject, name, email,
       count(*) OVER (PARTITION BY subject)::int AS sessions,
       max(created_at) OVER (PARTITION BY subject) AS last_sign_in
     FROM sessions WHERE revoked_at IS NULL AND expires_at > now()
     ORDER BY subject, created_at DESC`,
  )
  return rows
    .map((row) => ({
      subject: row.subject,
      name: row.name,
      email: row.email,
      sessions: Number(row.sessions),
      lastSignInAt: new Date(row.last_sign_in).toISOString(),
    }))
    .sort((a, b) => b.lastSignInAt.localeCompare(a.lastSignInAt))
}
