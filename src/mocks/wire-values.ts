import type { Random } from './random'

/** `/Date(seconds)/`, LoanPro's date format (seconds, not milliseconds). */
export function wireDate(seconds: number): string {
  return `/Date(${Math.floor(seconds)})/`
}

/** A "zero date" as LoanPro stores it for unknown dates. */
export const ZERO_DATE = '/Date(-62169984000)/'

/** Mostly a real date, sometimes null, `/Date(0)/` or the negative zero date. */
export function wireDateOrZero(rng: Random, seconds: number): string | null {
  const roll = rng()
  if (roll < 0.04) return null
  if (roll < 0.07) return '/Date(0)/'
  if (roll < 0.1) return ZERO_DATE
  return wireDate(seconds)
}

/** Flags are 0/1 integers, but a few arrive as strings ("1"). */
export function wireFlag(rng: Random, value: boolean): number | string {
  const n = value ? 1 : 0
  return rng() < 0.12 ? String(n) : n
}

/** Money is a number or a string with two decimals. */
export function wireMoney(rng: Random, amount: number): number | string {
  const rounded = Math.round(amount * 100) / 100
  return rng() < 0.4 ? rounded.toFixed(2) : rounded
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n))

/** `YYYY-MM-DD` (UTC) by arithmetic: Date.toISOString is too slow for 100,000 customers. */
export function isoDate(seconds: number): string {
  // Civil-from-days, after Howard Hinnant's algorithm.
  const z = Math.floor(seconds / 86400) + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return `${year}-${pad2(month)}-${pad2(day)}`
}

export function isoDateTime(seconds: number): string {
  const s = ((Math.floor(seconds) % 86400) + 86400) % 86400
  const time = `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor((s % 3600) / 60))}:${pad2(s % 60)}`
  return `${isoDate(seconds)} ${time}`
}

export function secondsFromIso(value: string): number {
  return Math.floor(Date.parse(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`) / 1000)
}

const slugCache = new Map<string, string>()

/** Letters and digits only, accent-free: for e-mail addresses and user names. */
export function slug(value: string): string {
  let cached = slugCache.get(value)
  if (cached === undefined) {
    cached = slugOf(value)
    if (slugCache.size < 5000) slugCache.set(value, cached)
  }
  return cached
}

function slugOf(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '')
}
