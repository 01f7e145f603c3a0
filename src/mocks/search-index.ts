import { sortKey, sortPositions, type SortKey } from './search-sort'
import { normalizeText } from './text-normalize'
import type { SearchDoc } from './tenant-types'

// LoanPro's keyword box names some nested fields by their leaf name.
const FIELD_ALIASES: Record<string, string> = {
  city: 'primaryAddress.city',
  state: 'primaryAddress.state',
  zipcode: 'primaryAddress.zipcode',
  address1: 'primaryAddress.address1',
}

/** Fields searched when a query_string names none. */
export const DEFAULT_TEXT_FIELDS = [
  'customerName',
  'firstName',
  'lastName',
  'companyName',
  'email',
  'ssn',
  'primaryAddress.city',
  'primaryAddress.zipcode',
  'primaryAddress.state',
  'employer.companyName',
  'primaryPhone',
  'customId',
  'customFields',
  'accessUserName',
]

/** Separates fields in the joined text; not a letter or digit, so it is a word boundary. */
export const FIELD_SEPARATOR = '\u0001'

export function resolveField(name: string): string {
  const bare = name.replace(/\^[\d.]+$/, '')
  return FIELD_ALIASES[bare] ?? bare
}

const getters = new Map<string, (doc: SearchDoc) => unknown>()

/** A compiled reader of a dotted field (`primaryAddress.city`), cached per path. */
export function fieldGetter(path: string): (doc: SearchDoc) => unknown {
  let getter = getters.get(path)
  if (!getter) {
    const [head = '', ...rest] = path.split('.')
    getter = (doc) => {
      let value: unknown = (doc as unknown as Record<string, unknown>)[head]
      for (const part of rest) {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
        value = (value as Record<string, unknown>)[part]
      }
      return value
    }
    getters.set(path, getter)
  }
  return getter
}

function valueText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map(valueText).join(' ')
  return ''
}

/** The documents an index reads: by position (built on demand) or all at once. */
export interface DocSource {
  readonly size: number
  /** Every document in id order; building them all on first use. */
  readonly docs: readonly SearchDoc[]
  docAt(position: number): SearchDoc | undefined
  /** A reader of the field that builds no document, where the source has one. */
  compactReader?(path: string): ((position: number) => unknown) | null
}

/**
 * Caches normalised text per field and per field list, so a scan is one string test per doc,
 * and sort orders per field. Ids are contiguous (position + firstId), so id clauses and the
 * id order need no document at all.
 */
export class SearchIndex {
  private readonly perField = new Map<string, string[]>()
  private readonly perFieldList = new Map<string, string[]>()
  private readonly sortOrders = new Map<string, Int32Array>()

  constructor(
    private readonly source: DocSource,
    readonly firstId: number,
  ) {}

  get size(): number {
    return this.source.size
  }

  /** Every document: builds them all, so only for work that reads every one anyway. */
  get docs(): readonly SearchDoc[] {
    return this.source.docs
  }

  docAt(position: number): SearchDoc | undefined {
    return this.source.docAt(position)
  }

  /** The position of an id, or -1 when no customer has it. */
  positionOf(id: number): number {
    const p = id - this.firstId
    return Number.isInteger(p) && p >= 0 && p < this.size ? p : -1
  }

  /**
   * Reads a field by position: the id and the fields the source knows without a document
   * (status, type) cost no document; others build the document (or find it cached).
   */
  valueReader(path: string): (position: number) => unknown {
    if (path === 'id') return (p) => this.firstId + p
    const compact = this.source.compactReader?.(path)
    if (compact) return compact
    const get = fieldGetter(path)
    return (p) => {
      const doc = this.source.docAt(p)
      return doc === undefined ? undefined : get(doc)
    }
  }

  /** A field's value at every position, with no document built where none is needed. */
  private column(path: string): unknown[] {
    const compact = this.source.compactReader?.(path)
    if (!compact) {
      const get = fieldGetter(path)
      return this.docs.map((doc) => get(doc))
    }
    return Array.from({ length: this.size }, (_, p) => compact(p))
  }

  fieldText(path: string): string[] {
    let texts = this.perField.get(path)
    if (!texts) {
      // Keyword fields hold a few values: one normalised string per value, shared.
      const normalised = new Map<unknown, string>()
      texts = this.column(path).map((value) => {
        let text = normalised.get(value)
        if (text === undefined) {
          text = normalizeText(valueText(value))
          if (typeof value !== 'object' && normalised.size < 256) normalised.set(value, text)
        }
        return text
      })
      this.perField.set(path, texts)
    }
    return texts
  }

  joinedText(paths: readonly string[]): string[] {
    const key = paths.join(',')
    let texts = this.perFieldList.get(key)
    if (!texts) {
      const columns = paths.map((p) => this.fieldText(p))
      const [first = [], ...others] = columns
      texts = first.slice()
      for (const column of others) {
        for (let i = 0; i < texts.length; i++) texts[i] += FIELD_SEPARATOR + (column[i] ?? '')
      }
      if (this.perFieldList.size > 16) this.perFieldList.clear()
      this.perFieldList.set(key, texts)
    }
    return texts
  }

  /** Each doc position's rank when sorted by a field (see sortOrder), to sort matches fast. */
  sortRank(path: string, descending: boolean): Int32Array {
    const key = `rank ${path} ${descending ? 'desc' : 'asc'}`
    let rank = this.sortOrders.get(key)
    if (!rank) {
      const order = this.sortOrder(path, descending)
      rank = new Int32Array(order.length)
      order.forEach((position, i) => {
        if (rank) rank[position] = i
      })
      this.sortOrders.set(key, rank)
    }
    return rank
  }

  /**
   * Each position's dense rank by a field (equal values share a rank; -1 = missing), so a
   * sort by several fields compares integers.
   */
  denseRank(path: string): Int32Array {
    const key = `dense ${path}`
    let rank = this.sortOrders.get(key)
    if (!rank) {
      const values = this.column(path)
      rank = new Int32Array(values.length)
      let previous: SortKey | undefined
      let r = -1
      for (const p of this.sortOrder(path, false)) {
        const k = p < values.length ? sortKey(values[p]) : null
        if (k === null) {
          rank[p] = -1
          continue
        }
        if (k !== previous) {
          r++
          previous = k
        }
        rank[p] = r
      }
      this.sortOrders.set(key, rank)
    }
    return rank
  }

  /** Doc positions sorted by a field; missing values last, ties by id ascending. */
  sortOrder(path: string, descending: boolean): Int32Array {
    const key = `${path} ${descending ? 'desc' : 'asc'}`
    let order = this.sortOrders.get(key)
    if (!order) {
      order = sortPositions(
        this.column(path).map((value) => sortKey(value)),
        descending,
      )
      this.sortOrders.set(key, order)
    }
    return order
  }
}
