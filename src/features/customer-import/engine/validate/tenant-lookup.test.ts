// @vitest-environment node
import { fakeClock, FakeTenantPort } from '../removal-tenant-port.test-double'
import { parseRemovalCsv } from '../parse/parse-removal-csv'
import { combineValidation } from './removal-validation'
import type { TenantLookupAnswer } from '../removal-tenant-port'
import {
  LOOKUP_ABSENT,
  LOOKUP_FOUND,
  LOOKUP_UNKNOWN,
  lookupTenantCustomers,
  UNSETTLED_MESSAGE,
} from './tenant-lookup'

/** A tenant whose answers left id 3 unsettled (short of their total). */
class ShortAnsweringPort extends FakeTenantPort {
  override async lookupCustomers(ids: number[]): Promise<TenantLookupAnswer> {
    const found = await super.lookupCustomers(ids)
    return Object.assign(found, { unknown: ids.filter((id) => id === 3) })
  }
}

describe('lookupTenantCustomers', () => {
  it('marks an id absent from an answer not shown complete as unknown, never absent', async () => {
    const port = new ShortAnsweringPort().add(1).add(3)
    // Id 3 exists but the answers did not bring it; id 2 was settled as absent.
    port.customers.delete(3)
    const lookup = await lookupTenantCustomers(port, Uint32Array.of(1, 2, 3), {
      clock: fakeClock(),
    })
    expect([...lookup.exists]).toEqual([LOOKUP_FOUND, LOOKUP_ABSENT, LOOKUP_UNKNOWN])
  })

  it('reports an unsettled id as unknown in validation, not as "no customer"', async () => {
    const port = new ShortAnsweringPort().add(1)
    const parsed = await parseRemovalCsv('action,customerId\r\nremove,1\r\nremove,2\r\nremove,3')
    const lookup = await lookupTenantCustomers(port, parsed.ids, { clock: fakeClock() })
    const messages = combineValidation(parsed, lookup).problems.map((p) => p.message)
    expect(messages).toEqual(['No customer with this id in the tenant.', UNSETTLED_MESSAGE])
    expect(UNSETTLED_MESSAGE).toMatch(/not known whether this customer exists/)
  })
})
