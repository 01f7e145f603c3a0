import { buildFixtureCustomers } from './fixture-customers'
import { generateCustomerRecord } from './nested-generator'
import { KEYWORD_FIELDS, SearchDocSequence } from './search-doc-sequence'
import type { CustomerRecord, SearchDoc } from './tenant-types'

export interface TenantDataOptions {
  /** Number of customers, fixtures included (at least the fixtures). Ids run from 1001. */
  count?: number
  seed?: number
}

export interface TenantData {
  readonly seed: number
  /** How many customers (deleted ones included); positions run 0..size-1, ids from 1001. */
  readonly size: number
  /** Every customer's search document, in id order (deleted ones included); builds them all. */
  readonly docs: readonly SearchDoc[]
  /** The search document at a position (id − 1001), built on first use. */
  docAt(position: number): SearchDoc | undefined
  docById(id: number): SearchDoc | undefined
  /** The full customer with its nested objects; generated on first use, then cached. */
  recordById(id: number): CustomerRecord | undefined
  /** Builds up to `count` more of the documents `docs` returns; false once all are built. */
  buildAhead(count: number): boolean
  /**
   * Reads a field at any position without building the document, for the fields the draws
   * alone decide (status, customerType); null for the others.
   */
  compactReader(path: string): ((position: number) => unknown) | null
}

export const FIRST_CUSTOMER_ID = 1001

/**
 * A deterministic tenant: same seed and count, same data. Everything is built on first use
 * from (seed, id): search documents through a replayable stream, nested objects from their
 * own per-customer stream, so 100,000 customers start at once.
 */
export function createTenantData({ count = 2500, seed = 1 }: TenantDataOptions = {}): TenantData {
  const fixtures = buildFixtureCustomers()
  const size = Math.max(count, fixtures.length)
  const fixed = fixtures.map((f) => f.doc)
  const sequence = new SearchDocSequence(seed, fixed, size, FIRST_CUSTOMER_ID)
  const fixtureRecords = new Map(fixtures.map((f) => [f.doc.id, f.record]))
  const records = new Map<number, CustomerRecord>()
  const docById = (id: number): SearchDoc | undefined =>
    Number.isInteger(id) ? sequence.docAt(id - FIRST_CUSTOMER_ID) : undefined
  return {
    seed,
    size,
    get docs() {
      return sequence.all()
    },
    docAt: (position) => sequence.docAt(position),
    docById,
    recordById(id) {
      const cached = records.get(id) ?? fixtureRecords.get(id)?.()
      if (cached) return cached
      const doc = docById(id)
      if (!doc) return undefined
      const record = generateCustomerRecord(doc, seed)
      records.set(id, record)
      return record
    },
    buildAhead: (n) => sequence.buildAhead(n),
    compactReader(path) {
      const field = KEYWORD_FIELDS.find((f) => f === path)
      return field ? (position) => sequence.keywordAt(field, position) : null
    },
  }
}
