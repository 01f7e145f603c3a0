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

export function fieldValue(doc: SearchDoc, path: string): unknown {
  return fieldGetter(path)(doc)
}

function valueText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map(valueText).join(' ')
  return ''
}

/** Caches normalised text per field and per field list, so a scan is one string test per doc. */
export class SearchIndex {
  private readonly perField = new Map<string, string[]>()
  private readonly perFieldList = new Map<string, string[]>()
  private readonly sortOrders = new Map<string, Int32Array>()

  constructor(readonly docs: readonly SearchDoc[]) {}

  fieldText(path: string): string[] {
    let texts = this.perField.get(path)
    if (!texts) {
      const get = fieldGetter(path)
      texts = this.docs.map((doc) => normalizeText(valueText(get(doc))))
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

  /** Doc positions sorted by a field; missing values last, ties by id ascending. */
  sortOrder(path: string, descending: boolean): Int32Array {
    const key = `${path} ${descending ? 'desc' : 'asc'}`
    let order = this.sortOrders.get(key)
    if (!order) {
      const get = fieldGetter(path)
      const keys = this.docs.map((doc) => sortKey(get(doc)))
      const positions = Array.from(this.docs.keys())
      const sign = descending ? -1 : 1
      positions.sort((a, b) => {
        const ka = keys[a] ?? null
        const kb = keys[b] ?? null
        if (ka === null || kb === null) return ka === kb ? a - b : ka === null ? 1 : -1
        if (ka < kb) return -sign
        if (ka > kb) return sign
        return a - b
      })
      order = Int32Array.from(positions)
      this.sortOrders.set(key, order)
    }
    return order
  }
}

function sortKey(value: unknown): string | number | null {
  if (typeof value === 'number') return value
  if (typeof value === 'string') {
    if (value === '') return null
    return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : normalizeText(value)
  }
  return null
}
