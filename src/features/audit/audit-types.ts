import type { AuditOutcome } from '../../api/audit-contract'

// What the server answers is the contract in src/api/audit-contract.ts (the server imports it
// too); this file holds the page's own types.
export {
  AUDIT_OUTCOMES,
  type AuditEntry,
  type AuditEntryWithSnapshot,
  type AuditOutcome,
  type AuditPage,
} from '../../api/audit-contract'

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
