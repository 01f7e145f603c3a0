import { describe, expect, it } from 'vitest'
import type { Note } from '../../api/nested-object-readers'
import {
  filterWords,
  matchesWords,
  noteBodyText,
  noteCategoryName,
  noteSearchText,
} from './note-filter'

const NOTE: Note = {
  id: 7,
  subject: 'Payment promise',
  body: '<p>Will pay on <b>Friday</b> &amp; call back</p><script>evil()</script>',
  authorName: 'Lee Collector',
  categoryId: 12,
  categoryName: null,
  created: '2024-01-01T00:00:00.000Z',
}

const matches = (note: Note, query: string) =>
  matchesWords(noteSearchText(note), filterWords(query))

describe('note filter', () => {
  it('finds a note by subject, body text, author and category, ignoring case and order', () => {
    expect(matches(NOTE, 'payment')).toBe(true)
    expect(matches(NOTE, 'friday PAY')).toBe(true)
    expect(matches(NOTE, 'lee')).toBe(true)
    expect(matches(NOTE, '12')).toBe(true)
    expect(matches(NOTE, '')).toBe(true)
  })

  it('does not match markup, scripts or the date', () => {
    expect(matches(NOTE, '<b>')).toBe(false)
    expect(matches(NOTE, 'evil')).toBe(false)
    expect(matches(NOTE, '2024')).toBe(false)
    expect(matches(NOTE, 'payment sunday')).toBe(false)
  })

  it('reads entities as text', () => {
    expect(noteBodyText('a &amp; b &#233;')).toBe('a & b é')
  })

  it('finds and names a category by name when the note carries one', () => {
    const named = { ...NOTE, categoryName: 'Collections' }
    expect(matches(named, 'collections')).toBe(true)
    expect(noteCategoryName(named)).toBe('Collections')
    expect(noteCategoryName(NOTE)).toBeNull()
  })
})
