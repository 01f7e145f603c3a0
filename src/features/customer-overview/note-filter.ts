import type { Note } from '../../api/nested-object-readers'

/*
 * Finding a note: every word typed must occur in the note's subject, text, category or author.
 * The index is built from whatever text fields a note carries (subject, body, authorName,
 * categoryName or the category id), so names added to the Note type are found without a change
 * here.
 */

const SKIPPED = new Set(['id', 'created', 'body'])

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

/** Note HTML as the words a person reads: tags dropped, the common entities decoded. */
export function noteBodyText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
      return ENTITIES[name.toLowerCase()] ?? whole
    })
}

/** The lower-case text a note is searched by. */
export function noteSearchText(note: Note): string {
  const fields: [string, unknown][] = Object.entries(note)
  const parts = fields
    .filter(([key]) => !SKIPPED.has(key))
    .map(([, value]) => (typeof value === 'string' || typeof value === 'number' ? value : ''))
  parts.push(note.body ? noteBodyText(note.body) : '')
  return parts.join(' \n ').toLowerCase()
}

/** The words of a filter, lower case; none for an empty box. */
export function filterWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean)
}

export function matchesWords(searchText: string, words: readonly string[]): boolean {
  return words.every((word) => searchText.includes(word))
}

/** The note's category as people read it: its name when LoanPro gave one. */
export function noteCategoryName(note: Note): string | null {
  return note.categoryName?.trim() ? note.categoryName : null
}
