import { searchCustomers } from '../../src/api/customers.ts'
import { createLoanProClient } from '../../src/api/http-client.ts'
import type { RemovalTenantPort } from '../../src/features/customer-import/engine/removal-tenant-port.ts'
import { createRemovalPort } from '../../src/features/customer-import/removal-port.ts'
import type { FakeTenant } from './fake-tenant.ts'

/** The app's own removal port (LoanPro adapter + fetch), pointed at the fake tenant from Node. */
export function nodeTenantPort(tenant: FakeTenant): RemovalTenantPort {
  const client = createLoanProClient({
    baseUrl: tenant.baseUrl,
    tenantId: tenant.tenantId,
    token: tenant.token,
  })
  return createRemovalPort(client)
}

/** One text search, so that the fake builds its lazy search index before anything is timed. */
export async function warmFakeSearch(tenant: FakeTenant): Promise<void> {
  const client = createLoanProClient({
    baseUrl: tenant.baseUrl,
    tenantId: tenant.tenantId,
    token: tenant.token,
  })
  const sort = { field: 'id', direction: 'asc' } as const
  await searchCustomers(client, { q: 'Mary', page: 1, pageSize: 25, sort })
}
