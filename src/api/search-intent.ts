/*
 * What a typed search means, the way staff type it (issue 13): an id (`1001`, `#1001`,
 * `id 1001`), a phone number in any punctuation, an SSN, an e-mail address, `Last, First`,
 * `City, ST`, or plain words. Pure: the search builder turns an intent into a query.
 */

export type SearchIntent =
  | { kind: 'all' }
  /** Digits only: an id, or part of a phone number, zip code, import id (or a 9-digit SSN). */
  | { kind: 'number'; digits: string }
  | { kind: 'id'; id: number }
  | { kind: 'phone'; digits: string }
  | { kind: 'ssn'; digits: string }
  | { kind: 'email'; email: string }
  /** `Smith, Michael`; `state` is set when the part after the comma is also a state code. */
  | { kind: 'name-or-place'; before: string; after: string; state?: string }
  | { kind: 'words'; text: string }

const US_STATES = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH ' +
    'NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP'
  ).split(' '),
)

const EMAIL = /^[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>()]+$/
const SSN_DASHED = /^\d{3}-\d{2}-\d{4}$/
const PHONE_CHARS = /^\+?[\d\s().-]+$/
/** The fewest digits a punctuated number needs to be read as a phone number. */
const MIN_PHONE_DIGITS = 7

export function readSearchIntent(raw: string): SearchIntent {
  const q = raw.trim()
  // `*` alone (or only wildcards) is an empty search, not a query matching everything by luck.
  if (q === '' || /^[*\s]+$/.test(q)) return { kind: 'all' }
  if (/^\d+$/.test(q)) return { kind: 'number', digits: q }
  const id = /^(?:#\s*|id\s*[:=#]?\s*)(\d+)$/i.exec(q)
  if (id?.[1]) return { kind: 'id', id: Number(id[1]) }
  if (SSN_DASHED.test(q)) return { kind: 'ssn', digits: q.replace(/-/g, '') }
  if (PHONE_CHARS.test(q)) {
    let digits = q.replace(/\D/g, '')
    // A leading US country code: numbers are stored as ten digits.
    if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1)
    if (digits.length >= MIN_PHONE_DIGITS) return { kind: 'phone', digits }
  }
  if (EMAIL.test(q)) return { kind: 'email', email: q }
  const parts = /^([^,]+),([^,]+)$/.exec(q)
  const before = parts?.[1]?.trim()
  const after = parts?.[2]?.trim()
  if (before && after) {
    const code = after.toUpperCase()
    return US_STATES.has(code)
      ? { kind: 'name-or-place', before, after, state: code }
      : { kind: 'name-or-place', before, after }
  }
  return { kind: 'words', text: q }
}

/**
 * A query that holds a sensitive value (an SSN, or nine digits that may be one): keep it out
 * of URLs, history and logs.
 */
export function isSensitiveQuery(text: string): boolean {
  const intent = readSearchIntent(text)
  return intent.kind === 'ssn' || (intent.kind === 'number' && intent.digits.length === 9)
}
