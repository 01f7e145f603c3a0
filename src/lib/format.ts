/** Formatting for people: dates in the user's locale, money as currency, sensitive values masked. */

/**
 * Built on first use. The first formatter of a page loads the browser's locale data (ICU): the
 * head script loads it while the entry downloads (locale-warm-up.ts), unless the first rows need
 * none (below).
 */
function lazily<T>(create: () => T): () => T {
  let value: T | undefined
  return () => (value ??= create())
}

/**
 * Languages whose calendar dates and whole numbers are written here without `Intl`: US English,
 * the language of LoanPro's lenders. A page's first `Intl` formatter loads the locale data (15-90
 * ms at 1× CPU, by machine), and the list's first rows need a date and a count; in US
 * English they are "Mar 4, 2021" and "2,498", what `Intl` gives (format.test.ts compares them
 * over many values). Every other language, and every other format, goes through `Intl`.
 */
export const PLAIN_FORMAT_LANGUAGES: readonly string[] = ['en-US', 'en']

const US_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')

function writesPlainFormats(): boolean {
  return typeof navigator !== 'undefined' && PLAIN_FORMAT_LANGUAGES.includes(navigator.language)
}

/** 1234567 → "1,234,567" (a safe integer). */
function groupDigits(value: number): string {
  const digits = String(Math.abs(value))
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1)
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`
  return value < 0 ? `-${grouped}` : grouped
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
  if (!date) return empty
  const year = date.getUTCFullYear()
  return writesPlainFormats() && year >= 1000 && year <= 9999
    ? `${US_MONTHS[date.getUTCMonth()] ?? ''} ${String(date.getUTCDate())}, ${String(year)}`
    : utcDateFormat().format(date)
}

export function formatDateTime(iso: string | null | undefined, empty = '—'): string {
  const date = toDate(iso)
  return date ? dateTimeFormat().format(date) : empty
}

export function formatNumber(value: number): string {
  return writesPlainFormats() && Number.isSafeInteger(value) && !Object.is(value, -0)
    ? groupDigits(value)
    : numberFormat().format(value)
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
