/** The audit log as the server's /api/audit answers it (server/team/audit-store.ts). */
export const AUDIT_OUTCOMES = ['removed', 'failed', 'unknown', 'not-sent', 'refused'] as const
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number]

export interface AuditEntry {
  id: string
  at: string
  actor: { subject: string; name: string; email: string | null; role: string }
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

export interface AuditPage {
  entries: AuditEntry[]
  total: number
  page: number
  pageSize: number
  /** `all`: an admin's view; `own`: the person's own entries. */
  scope: 'all' | 'own'
}

export interface AuditEntryWithSnapshot {
  entry: AuditEntry
  /** LoanPro's customer with every nested object, as read before the DELETE; null if none. */
  snapshot: unknown
}

export interface AuditFilter {
  user?: string
  customerId?: string
  outcome?: AuditOutcome
  from?: string
  to?: string
  run?: string
}

export const OUTCOME_WORDS: Record<AuditOutcome, { text: string; badge: string }> = {
  removed: { text: 'Removed', badge: 'badge badge--success' },
  failed: { text: 'Failed', badge: 'badge badge--danger' },
  unknown: { text: 'Unknown', badge: 'badge badge--warning' },
  'not-sent': { text: 'Not sent', badge: 'badge badge--warning' },
  refused: { text: 'Refused', badge: 'badge' },
}
