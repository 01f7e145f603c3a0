import { systemClock } from '../src/features/customer-import/engine/removal-tenant-port.ts'
import {
  lookupTenantCustomers,
  type TenantLookup,
} from '../src/features/customer-import/engine/validate/tenant-lookup.ts'
import { formatSummary, type Figure } from './lib/figure.ts'
import type { FakeTenant } from './lib/fake-tenant.ts'
import { nodeTenantPort } from './lib/node-tenant-port.ts'
import { summarize } from './lib/stats.ts'

const LIMIT = 100

/**
 * lookupTenantCustomers for ids 1..count against the fake tenant over HTTP; requests counted
 * by the tenant itself. Returns the last look-up too: the removal run picks its ids from it.
 */
export async function measureLookups(
  tenant: FakeTenant,
  count: number,
  runs: number,
  latencyMs: number,
): Promise<{ figure: Figure; lookup: TenantLookup; ids: Uint32Array }> {
  const ids = Uint32Array.from({ length: count }, (_, i) => i + 1)
  const port = nodeTenantPort(tenant)
  const requests: number[] = []
  const times: number[] = []
  let lookup: TenantLookup | null = null
  for (let run = 0; run < runs; run++) {
    const before = await tenant.requestCount()
    const started = performance.now()
    // The app's own batch size (LOOKUP_BATCH_SIZE), as the import wizard uses it.
    lookup = await lookupTenantCustomers(port, ids, { clock: systemClock })
    times.push(performance.now() - started)
    requests.push((await tenant.requestCount()) - before)
  }
  if (!lookup) throw new Error('No look-up ran.')
  const worst = Math.max(...requests)
  const found = lookup.exists.reduce((sum, hit) => sum + hit, 0)
  return {
    lookup,
    ids,
    figure: {
      id: 'tenant-lookups',
      label: `Tenant look-ups for ${count.toLocaleString('en-US')} ids: requests made`,
      target: `≤ ${String(LIMIT)}`,
      result: `${String(worst)} requests; ${formatSummary(summarize(times), 's', 1, 1 / 1000)}`,
      met: worst <= LIMIT,
      value: { requests, timeMs: summarize(times), found },
      note: `Counted by the fake tenant; fake latency ${String(latencyMs)} ms; ${found.toLocaleString('en-US')} found.`,
    },
  }
}
