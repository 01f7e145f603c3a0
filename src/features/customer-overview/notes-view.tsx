import { useDeferredValue, useId, useMemo, useState } from 'react'
import type { Note } from '../../api/nested-object-readers'
import { formatCount, formatNumber } from '../../lib/format'
import { NoteCard } from './note-card'
import { filterWords, matchesWords, noteSearchText } from './note-filter'
import { EmptyState } from './view-parts'

export const NOTES_PAGE_SIZE = 50

function createdTime(note: Note): number {
  return note.created ? Date.parse(note.created) : 0
}

/**
 * Newest first, with a filter over subject, text, category and author. The search text of
 * every note is built once per list; only the shown page renders (and sanitizes) its notes.
 */
export function NotesView({ value }: { value: Note[] }) {
  const [query, setQuery] = useState('')
  const [shown, setShown] = useState(NOTES_PAGE_SIZE)
  const filterId = useId()
  const indexed = useMemo(
    () =>
      value
        .toSorted((a, b) => createdTime(b) - createdTime(a))
        .map((note) => ({ note, text: noteSearchText(note) })),
    [value],
  )
  const deferredQuery = useDeferredValue(query)
  const matching = useMemo(() => {
    const words = filterWords(deferredQuery)
    return words.length === 0 ? indexed : indexed.filter((entry) => matchesWords(entry.text, words))
  }, [indexed, deferredQuery])
  if (indexed.length === 0) return <EmptyState>No notes on file.</EmptyState>
  const visible = matching.slice(0, shown)
  const remaining = matching.length - visible.length
  const filtering = filterWords(query).length > 0
  return (
    <div className="overview-stack overview-notes">
      <div className="overview-notes__toolbar">
        <label htmlFor={filterId} className="visually-hidden">
          Filter notes
        </label>
        <input
          id={filterId}
          type="search"
          className="input overview-notes__filter"
          placeholder="Filter notes: subject, text, category, author"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setShown(NOTES_PAGE_SIZE)
          }}
        />
        <p role="status" className="muted overview-notes__count">
          {filtering
            ? `${formatNumber(matching.length)} of ${formatCount(indexed.length, 'note')} match`
            : formatCount(indexed.length, 'note')}
        </p>
      </div>
      {matching.length === 0 ? (
        <EmptyState>No note matches “{query.trim()}”.</EmptyState>
      ) : (
        <ul className="overview-note-list" aria-label="Notes">
          {visible.map(({ note }, index) => (
            <NoteCard key={note.id ?? `row-${index}`} note={note} />
          ))}
        </ul>
      )}
      {remaining > 0 ? (
        <div className="overview-more">
          <span className="muted">
            Showing {formatNumber(visible.length)} of {formatNumber(matching.length)} notes
          </span>
          <button
            type="button"
            className="button"
            onClick={() => setShown((count) => count + NOTES_PAGE_SIZE)}
          >
            Show {formatNumber(Math.min(NOTES_PAGE_SIZE, remaining))} more notes
          </button>
        </div>
      ) : null}
    </div>
  )
}
