/**
 * Readers for LoanPro's OData envelope and value formats (docs/loanpro-api.md §2). Each one is
 * total: it never throws, and answers null (or an empty list) for what it cannot read.
 */

export type JsonObject = Record<string, unknown>

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The root `d` of a response, or undefined when the body has none. */
export function unwrapD(json: unknown): unknown {
  return isJsonObject(json) && 'd' in json ? json.d : undefined
}

/** `{results: [...]}` as sent for lists and search. Anything else reads as no rows. */
export function readResults(d: unknown): unknown[] {
  if (Array.isArray(d)) return d
  if (isJsonObject(d) && Array.isArray(d.results)) return d.results
  return []
}

export function readSummary(d: unknown): JsonObject | null {
  return isJsonObject(d) && isJsonObject(d.summary) ? d.summary : null
}

/** A navigation property that was not expanded: `{"__deferred":{"uri":"..."}}`. */
export function isDeferred(value: unknown): boolean {
  return isJsonObject(value) && isJsonObject(value.__deferred)
}

/** The customer id in a deferred uri, in both styles seen: `Customers(id=1183)` and `Customers(1183)`. */
export function deferredCustomerId(value: unknown): number | null {
  if (!isJsonObject(value) || !isJsonObject(value.__deferred)) return null
  const uri = value.__deferred.uri
  if (typeof uri !== 'string') return null
  const match = /Customers\((?:id=)?(\d+)\)/.exec(uri)
  return match?.[1] ? Number(match[1]) : null
}

/**
 * An expanded collection: `{results:[...]}`, a bare array, or null/`{}` for none.
 * Deferred or unreadable values give null, so the caller can tell "absent" from "empty".
 */
export function readExpandedCollection(value: unknown): unknown[] | null {
  if (value === null) return []
  if (Array.isArray(value)) return value as unknown[]
  if (isDeferred(value) || !isJsonObject(value)) return null
  if (Array.isArray(value.results)) return value.results as unknown[]
  if (value.results === null || Object.keys(value).length === 0) return []
  return null
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z?$/

/**
 * LoanPro's `/Date(1427829732)/` (SECONDS since the epoch, UTC) as an ISO string. Zero and
 * negative values are LoanPro's "zero date" and read as no date. Search documents send
 * `YYYY-MM-DD` and `YYYY-MM-DD hh:mm:ss` (taken as UTC); a bare number counts as seconds.
 */
export function parseLoanProDate(value: unknown): string | null {
  if (typeof value === 'number') return fromSeconds(value)
  if (typeof value !== 'string') return null
  const text = value.trim()
  if (text.startsWith('/')) {
    const wrapped = WRAPPED_DATE.exec(text)
    return wrapped?.[1] ? fromSeconds(Number(wrapped[1])) : null
  }
  const parts = DATE_ONLY.exec(text) ?? DATE_TIME.exec(text)
  if (!parts) return null
  const [, y = '', m = '', d = '', hh = '00', mm = '00', ss = '00'] = parts
  const [year, month, day] = [Number(y), Number(m), Number(d)]
  if (!year || !month || !day) return null // 0000-00-00 is another zero date
  // A plain valid date and time is written out directly: search answers bring thousands of
  // rows with two dates each, and a Date per date was a third of reading them.
  if (year >= 100 && month <= 12 && day <= daysInMonth(year, month) && isClock(hh, mm, ss)) {
    return `${y}-${m}-${d}T${hh}:${mm}:${ss}.000Z`
  }
  const date = new Date(Date.UTC(year, month - 1, day, Number(hh), Number(mm), Number(ss)))
  // Reject 2024-02-31 and friends rather than letting Date roll them over.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return date.toISOString()
}

const WRAPPED_DATE = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
}

const isClock = (hh: string, mm: string, ss: string) => hh < '24' && mm < '60' && ss < '60'

function fromSeconds(seconds: number): string | null {
  if (!Number.isFinite(seconds) || seconds <= 0) return null
  const date = new Date(seconds * 1000)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** Flags arrive as 0/1, '0'/'1' or booleans; anything else is null. */
export function readFlag(value: unknown): boolean | null {
  if (value === true || value === 1 || value === '1' || value === 'true') return true
  if (value === false || value === 0 || value === '0' || value === 'false') return false
  return null
}

/** Money as a number or a string such as `"120000.00"` (thousands commas tolerated). */
export function readMoney(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value !== 'string') return null
  const text = value.trim().replace(/,/g, '')
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return null
  return Number(text)
}

/** A whole number from a number or a digit string (search documents switch between them). */
export function readInteger(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) {
    const n = Number(value.trim())
    return Number.isSafeInteger(n) ? n : null
  }
  return null
}

/**
 * Text from a string or a number (OpenSearch may turn numeric strings into integers).
 * Blank strings read as null so that the UI has one way to say "not given".
 */
export function readText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return null
}
