/*
 * The audit log across the HTTP boundary: what the team server's /api/audit routes answer
 * (server/team/audit-store.ts and audit-routes.ts build these) and what the Audit page reads.
 * One definition for both sides; the server imports it from here.
 */
import type { TeamRole } from './team-user'

export const AUDIT_OUTCOMES = ['removed', 'failed', 'unknown', 'not-sent', 'refused'] as const
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number]

export interface AuditEntry {
  id: string
  at: string
  actor: { subject: string; name: string; email: string | null; role: TeamRole }
  clientIp: string | null
  forwardedFor: string | null
  userAgent: string | null
  customerId: number
  runId: string | null
  outcome: AuditOutcome
  status: number | null
  message: string | null
  hasSnapshot: boolean
}

/** GET /api/audit */
export interface AuditPage {
  entries: AuditEntry[]
  total: number
  page: number
  pageSize: number
  /** `all`: an admin's view; `own`: the person's own entries. */
  scope: 'all' | 'own'
}

/** GET /api/audit/:entryId */
export interface AuditEntryWithSnapshot {
  entry: AuditEntry
  /** LoanPro's customer with every nested object, as read before the DELETE; null if none. */
  snapshot: unknown
}
