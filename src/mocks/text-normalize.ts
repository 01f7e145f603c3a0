// Letters that NFD does not decompose into a base letter plus a combining mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
}
const COMBINING_MARKS = /[\u0300-\u036f]/g
const SPECIAL_PATTERN = /[łøđßæœıþ]/g
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/

/** Lowercase, accent-free text, so that "jose" finds "José" and "lukasz" finds "Łukasz". */
export function normalizeText(value: string): string {
  const lower = value.toLowerCase()
  if (!NON_ASCII.test(lower)) return lower
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL_PATTERN, (ch) => SPECIAL_LETTERS[ch] ?? ch)
}
