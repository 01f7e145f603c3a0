// @vitest-environment node
import { fakeClock, FakeTenantPort, seededRandom } from '../removal-tenant-port.test-double'
import { parseRemovalCsv } from '../parse/parse-removal-csv'
import { combineValidation } from './removal-validation'
import type { TenantLookupAnswer } from '../removal-tenant-port'
import { LoanProError } from '../../../../api/loanpro-error'
import {
  LOOKUP_ABSENT,
  LOOKUP_FOUND,
  LOOKUP_PASS_LIMIT,
  LOOKUP_UNKNOWN,
  lookupTenantCustomers,
  UNSETTLED_MESSAGE,
} from './tenant-lookup'

const range = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i)
const F = LOOKUP_FOUND
const A = LOOKUP_ABSENT
const U = LOOKUP_UNKNOWN

/** A tenant whose answers left id 3 unsettled (short of their total). */
class ShortAnsweringPort extends FakeTenantPort {
  override async lookupCustomers(ids: number[]): Promise<TenantLookupAnswer> {
    const found = await super.lookupCustomers(ids)
    return Object.assign(found, { unsettled: ids.filter((id) => id === 3) })
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

  it('folds the ids a short answer left unsettled into the next request, topped up to full', async () => {
    const port = new FakeTenantPort()
    for (const id of range(12)) port.add(id)
    // The first answer brings 2 of its 4 rows; the others come whole.
    port.keepRows = (_rows, call) => (call === 1 ? 2 : null)
    const progress: number[] = []
    const lookup = await lookupTenantCustomers(port, Uint32Array.from(range(12)), {
      clock: fakeClock(),
      batchSize: 4,
      concurrency: 1,
      onProgress: (checked, total) => progress.push(checked, total),
    })
    expect(port.lookupBatches).toEqual([
      [1, 2, 3, 4],
      [3, 4, 5, 6],
      [7, 8, 9, 10],
      [11, 12],
    ])
    expect([...lookup.exists]).toEqual(range(12).map(() => F))
    // Only settled ids count as checked: 2 after the short answer, not 4.
    expect(progress).toEqual([2, 12, 6, 12, 10, 12, 12, 12])
  })

  it('ends an id that answers keep passing over as unknown; a neighbour is absent only once an answer is whole', async () => {
    const port = new FakeTenantPort()
    // Id 5 exists but never comes back (a ghost); id 9 does not exist.
    for (const id of range(10)) if (id !== 9) port.add(id)
    port.hidden.add(5)
    const progress: number[] = []
    const lookup = await lookupTenantCustomers(port, Uint32Array.from(range(10)), {
      clock: fakeClock(),
      batchSize: 4,
      concurrency: 1,
      onProgress: (checked) => progress.push(checked),
    })
    expect([...lookup.exists]).toEqual([F, F, F, F, U, F, F, F, A, F])
    expect(port.lookupBatches.filter((batch) => batch.includes(5))).toHaveLength(LOOKUP_PASS_LIMIT)
    // Every answer holding 9 with the ghost was short: 9 was asked again until it came alone.
    const withNine = port.lookupBatches.filter((batch) => batch.includes(9))
    expect(withNine.slice(0, -1).every((batch) => batch.includes(5))).toBe(true)
    expect(withNine.at(-1)).toEqual([9])
    expect(progress.at(-1)).toBe(10)
  })

  it('keeps asking ids that short answers did not reach, as long as answers bring rows', async () => {
    const port = new FakeTenantPort()
    for (const id of range(40)) port.add(id)
    // A tenant that never answers more than 2 rows; the highest ids wait longest.
    port.keepRows = () => 2
    const ids = Uint32Array.from(range(40).reverse())
    const lookup = await lookupTenantCustomers(port, ids, {
      clock: fakeClock(),
      batchSize: 10,
      concurrency: 1,
    })
    expect([...lookup.exists]).toEqual(range(40).map(() => F))
    const asks = port.lookupBatches.filter((batch) => batch.includes(40)).length
    expect(asks).toBeGreaterThan(LOOKUP_PASS_LIMIT)
  })

  it('keeps nearly every request full under short answers, 2 at a time, progress monotonic', async () => {
    const port = new FakeTenantPort()
    for (const id of range(2000)) if (id % 2) port.add(id)
    const random = seededRandom(7)
    // About 30 % of answers cut at a random point, as the strict fake does.
    port.keepRows = (rows) =>
      rows > 1 && random() < 0.3 ? 1 + Math.floor(random() * (rows - 1)) : null
    const progress: number[] = []
    const lookup = await lookupTenantCustomers(port, Uint32Array.from(range(2000)), {
      clock: fakeClock(),
      batchSize: 100,
      onProgress: (checked, total) => {
        expect(total).toBe(2000)
        progress.push(checked)
      },
    })
    expect([...lookup.exists]).toEqual(range(2000).map((id) => (id % 2 ? F : A)))
    expect(progress.every((checked, i) => i === 0 || checked >= (progress[i - 1] ?? 0))).toBe(true)
    expect(progress.at(-1)).toBe(2000)
    const short = port.lookupBatches.filter((batch) => batch.length < 100)
    expect(short.length).toBeLessThanOrEqual(3)
    // Half the ids are absent, and a short answer settles none of those: ~22 % asked again.
    expect(port.lookupBatches.length).toBeLessThanOrEqual(30)
  })

  it('stops asking once a request failed for good', async () => {
    const port = new FakeTenantPort()
    const lookup = port.lookupCustomers.bind(port)
    port.lookupCustomers = async (ids) => {
      if (port.lookupBatches.length === 0) {
        port.lookupBatches.push(ids)
        throw new LoanProError({ kind: 'unauthorized', status: 401 })
      }
      return lookup(ids)
    }
    await expect(
      lookupTenantCustomers(port, Uint32Array.from(range(100)), {
        clock: fakeClock(),
        batchSize: 10,
      }),
    ).rejects.toMatchObject({ kind: 'unauthorized' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    // The one other request already in flight, and nothing after it.
    expect(port.lookupBatches.length).toBeLessThanOrEqual(2)
  })
})
