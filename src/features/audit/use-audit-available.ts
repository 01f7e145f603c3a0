import { useQuery } from '@tanstack/react-query'
import { auditQueries } from './audit-requests'

/**
 * True when the server keeps an audit log this person may read: team mode, operator or
 * admin. Asked only where a server proxies the tenant (`enabled`).
 */
export function useAuditAvailable(enabled: boolean): boolean {
  const query = useQuery({ ...auditQueries.access(), enabled })
  return enabled && query.data === true
}
