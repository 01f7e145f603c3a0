import { AuditPage } from '../../features/audit/audit-page'

/** `/audit`: the audit log (team mode). */
export function Component() {
  return <AuditPage />
}
