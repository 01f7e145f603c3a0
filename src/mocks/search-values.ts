import { scalarText } from './scalar-text'
import { normalizeText } from './text-normalize'

/** term/terms equality: numbers by value, text case- and accent-insensitively. */
export function sameValue(docValue: unknown, wanted: unknown): boolean {
  if (Array.isArray(docValue)) return docValue.some((v) => sameValue(v, wanted))
  if (docValue === null || docValue === undefined) return wanted === null
  if (typeof docValue === 'number' || typeof wanted === 'number') {
    return Number(docValue) === Number(wanted) && String(wanted).trim() !== ''
  }
  if (typeof wanted === 'boolean') return Number(docValue) === Number(wanted)
  return normalizeText(scalarText(docValue)) === normalizeText(scalarText(wanted))
}

/** The number a numeric doc value equals under sameValue, or undefined when none can. */
export function wantedNumber(wanted: unknown): number | undefined {
  const n = Number(wanted)
  return Number.isNaN(n) || String(wanted).trim() === '' ? undefined : n
}

/**
 * A terms matcher with the wanted values in sets, so each doc costs a look-up or two
 * instead of a sameValue per wanted value; exactly sameValue's answers.
 */
export function termsMatcher(wanted: readonly unknown[]): (docValue: unknown) => boolean {
  // A number doc value: equal to Number(w) for any w with a text form.
  const numbers = new Set<number>()
  // A text doc value: numeric against number and boolean wanted values, else by text.
  const textNumbers = new Set<number>()
  const texts = new Set<string>()
  for (const w of wanted) {
    const n = wantedNumber(w)
    if (n !== undefined) numbers.add(n)
    if (typeof w === 'number' || typeof w === 'boolean') {
      if (n !== undefined || typeof w === 'boolean') textNumbers.add(Number(w))
    } else texts.add(normalizeText(scalarText(w)))
  }
  const withNull = wanted.includes(null)
  const match = (value: unknown): boolean => {
    if (typeof value === 'number') return numbers.has(value)
    if (typeof value === 'string') {
      return (
        (textNumbers.size > 0 && textNumbers.has(Number(value))) || texts.has(normalizeText(value))
      )
    }
    if (value === null || value === undefined) return withNull
    if (Array.isArray(value)) return value.some(match)
    return wanted.some((w) => sameValue(value, w))
  }
  return match
}

/** Sign of docValue − bound for range, or undefined when the doc has no value. */
export function compareValues(docValue: unknown, bound: unknown): number | undefined {
  if (docValue === null || docValue === undefined || docValue === '') return undefined
  const a = Number(docValue)
  const b = Number(bound)
  if (!Number.isNaN(a) && !Number.isNaN(b) && typeof bound !== 'string') return a - b
  const sa = scalarText(docValue)
  const sb = scalarText(bound)
  return sa < sb ? -1 : sa > sb ? 1 : 0
}
