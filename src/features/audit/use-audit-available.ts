import { useQuery } from '@tanstack/react-query'

/**
 * True when the server keeps an audit log this person may read: team mode, operator or
 * admin. Asked only where a server proxies the tenant (`enabled`). The navigation asks it on
 * every page, so the audit requests' code loads only when it is asked.
 */
export function useAuditAvailable(enabled: boolean): boolean {
  const query = useQuery({
    queryKey: ['audit', 'access'],
    queryFn: async ({ signal }) => (await import('./audit-requests')).readAuditAccess(signal),
    staleTime: 5 * 60_000,
    retry: false,
    enabled,
  })
  return enabled && query.data === true
}
