import { scalarText } from './scalar-text'
import type { SearchIndex } from './search-index'
import { sameValue } from './search-values'

/*
 * The fake's mapping, as OpenSearch would hold it: analysed text fields (lowercased words)
 * and keyword fields (the whole value, case-sensitive). A strict `term` on a text field
 * compares the unanalysed value with single lowercased words, so `{"term":{"status":
 * "Active"}}` matches nothing and a multi-word label never matches (docs/loanpro-api.md §8).
 */
const TEXT_FIELDS = new Set([
  'firstName',
  'middleName',
  'lastName',
  'customerName',
  'companyName',
  'status',
  'primaryAddress.address1',
  'primaryAddress.city',
  'employer.companyName',
  'customFields',
])

export function isTextField(field: string): boolean {
  return TEXT_FIELDS.has(field)
}

const WORD_SPLIT = /[^a-z0-9\u0080-\uffff]+/

/** The words an analysed text field holds (lowercased, accents folded by the index). */
export function wordsOf(normalized: string): string[] {
  return normalized.split(WORD_SPLIT).filter(Boolean)
}

/** A strict term test: exact keyword, or one unanalysed word equal to a stored word. */
export function strictTermTest(
  index: SearchIndex,
  field: string,
  read: (p: number) => unknown,
  wanted: readonly unknown[],
): (p: number) => boolean {
  if (isTextField(field)) {
    const texts = index.fieldText(field)
    const words = wanted.map(scalarText)
    return (p) => {
      const stored = wordsOf(texts[p] ?? '')
      return words.some((w) => stored.includes(w))
    }
  }
  return (p) => {
    const value = read(p)
    return wanted.some((w) =>
      typeof value === 'string' && typeof w === 'string' ? value === w : exactOther(value, w),
    )
  }
}

function exactOther(value: unknown, wanted: unknown): boolean {
  if (Array.isArray(value)) return value.some((v) => exactOther(v, wanted))
  if (typeof value === 'string') return value === scalarText(wanted)
  return sameValue(value, wanted)
}
