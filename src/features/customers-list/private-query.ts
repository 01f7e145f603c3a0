/*
 * A search for a social security number must not land in the URL or the browser history
 * (they are synced, logged by proxies, shared as links). Such a search stays in this tab's
 * memory; the URL carries a random reference instead, which means nothing elsewhere and
 * after a reload (the search is then simply gone).
 */

export const PRIVATE_QUERY_PARAM = 'qref'

/** 9 digits, alone or written 123-45-6789 (spaces or dots also accepted as separators). */
export function looksLikeSsn(q: string): boolean {
  return /^\d{3}([-. ]?)\d{2}\1\d{4}$/.test(q.trim())
}

/**
 * Kept out of the URL: an SSN, and what may be one half typed (7 to 8 digits, or 123-45…),
 * since the search runs while typing and a browser's history keeps replaced URLs too.
 */
export function isPrivateQuery(q: string): boolean {
  const text = q.trim()
  return (
    looksLikeSsn(text) || /^\d{7,8}$/.test(text) || /^\d{3}[-. ]\d{2}([-. ]\d{0,4})?$/.test(text)
  )
}

const refsByQuery = new Map<string, string>()
const queriesByRef = new Map<string, string>()

function newRef(): string {
  const bytes = new Uint8Array(6)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** The reference to put in the URL for `q`, or null when `q` may go in the URL as it is. */
export function privateQueryRef(q: string): string | null {
  if (!isPrivateQuery(q)) return null
  let ref = refsByQuery.get(q)
  if (!ref) {
    ref = newRef()
    refsByQuery.set(q, ref)
    queriesByRef.set(ref, q)
  }
  return ref
}

/** The search a reference stands for; '' when unknown (another tab, or after a reload). */
export function readPrivateQuery(ref: string | null): string {
  return (ref && queriesByRef.get(ref)) || ''
}
