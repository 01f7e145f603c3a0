/** Formatting for people: dates in the user's locale, money as currency, sensitive values masked. */

/**
 * Built on first use. The first formatter of a page would load the locale data; the head script
 * has loaded it while the entry downloaded (locale-warm-up.ts).
 */
function lazily<T>(create: () => T): () => T {
  let value: T | undefined
  return () => (value ??= create())
}

const utcDateFormat = lazily(
  () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }),
)
const dateTimeFormat = lazily(
  () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
)
const numberFormat = lazily(() => new Intl.NumberFormat())
const moneyFormat = lazily(
  () => new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }),
)

function toDate(iso: string | null | undefined): Date | null {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * A calendar date (birth date, hire date). LoanPro sends them as UTC midnights, so they are shown
 * in UTC: in the user's own zone they would move to the day before west of Greenwich.
 */
export function formatCalendarDate(iso: string | null | undefined, empty = '—'): string {
  const date = toDate(iso)
  return date ? utcDateFormat().format(date) : empty
}

export function formatDateTime(iso: string | null | undefined, empty = '—'): string {
  const date = toDate(iso)
  return date ? dateTimeFormat().format(date) : empty
}

export function formatNumber(value: number): string {
  return numberFormat().format(value)
}

export function formatMoney(value: number | null | undefined, empty = '—'): string {
  return value === null || value === undefined || Number.isNaN(value)
    ? empty
    : moneyFormat().format(value)
}

/** Plural phrase with a formatted count: `formatCount(1234, 'customer')` → "1,234 customers". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`
}

/** Keeps the last `visible` characters: "123456789" → "•••••6789". Already-masked values stay. */
export function maskValue(value: string | null | undefined, visible = 4): string {
  if (!value) return ''
  const clean = value.trim()
  if (clean.length <= visible) return '•'.repeat(clean.length)
  return '•'.repeat(Math.min(clean.length - visible, 5)) + clean.slice(-visible)
}

/** "3125550187" → "(312) 555-0187"; anything that is not a 10-digit US number is left as is. */
export function formatPhone(value: string | null | undefined): string {
  if (!value) return ''
  const digits = value.replace(/\D/g, '')
  const local10 = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits
  return local10.length === 10
    ? `(${local10.slice(0, 3)}) ${local10.slice(3, 6)}-${local10.slice(6)}`
    : value
}

/**
 * LoanPro enum codes as words: `customer.phoneType.cell` → "Cell",
 * `customerEmployer.incomeFrequency.biWeekly` → "Bi-weekly", `geo.state.IL` → "IL".
 */
export function humanizeCode(code: string | null | undefined, empty = '—'): string {
  if (!code) return empty
  const last = code.split('.').pop() ?? code
  if (/^[A-Z0-9]+$/.test(last)) return last
  const words = last
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
  const joined = words.replace(/^(bi|semi|tri) /, '$1-')
  return joined.charAt(0).toUpperCase() + joined.slice(1)
}
