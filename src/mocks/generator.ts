import { buildFixtureCustomers } from './fixture-customers'
import { FIRST_GENERATED_ID } from './fixtures'
import { generateCustomerRecord } from './nested-generator'
import { mulberry32 } from './random'
import { generateSearchDoc } from './search-doc-generator'
import type { CustomerRecord, SearchDoc } from './tenant-types'

export interface TenantDataOptions {
  /** Number of customers, fixtures included (at least the fixtures). Ids run from 1001. */
  count?: number
  seed?: number
}

export interface TenantData {
  readonly seed: number
  /** Every customer's search document, in id order (deleted ones included). */
  readonly docs: readonly SearchDoc[]
  docById(id: number): SearchDoc | undefined
  /** The full customer with its nested objects; generated on first use, then cached. */
  recordById(id: number): CustomerRecord | undefined
}

export const FIRST_CUSTOMER_ID = 1001

/**
 * A deterministic tenant: same seed and count, same data. Search documents are built
 * eagerly (cheap); nested objects lazily from (seed, id), so 100,000 customers start fast.
 */
export function createTenantData({ count = 2500, seed = 1 }: TenantDataOptions = {}): TenantData {
  const fixtures = buildFixtureCustomers()
  const total = Math.max(count, fixtures.length)
  const docs: SearchDoc[] = fixtures.map((f) => f.doc)
  const records = new Map<number, CustomerRecord>(fixtures.map((f) => [f.doc.id, f.record]))
  const rng = mulberry32(seed)
  for (let id = FIRST_GENERATED_ID; id < FIRST_CUSTOMER_ID + total; id++) {
    docs.push(generateSearchDoc(rng, id))
  }
  const docById = (id: number): SearchDoc | undefined =>
    Number.isInteger(id) ? docs[id - FIRST_CUSTOMER_ID] : undefined
  return {
    seed,
    docs,
    docById,
    recordById(id) {
      const cached = records.get(id)
      if (cached) return cached
      const doc = docById(id)
      if (!doc) return undefined
      const record = generateCustomerRecord(doc, seed)
      records.set(id, record)
      return record
    },
  }
}
