import { useMemo, useState } from 'react'
import type { Note } from '../../api/nested-object-schemas'
import { formatNumber } from '../../lib/format'
import { NoteCard } from './note-card'
import { EmptyState } from './view-parts'

export const NOTES_PAGE_SIZE = 25

function createdTime(note: Note): number {
  return note.created ? Date.parse(note.created) : 0
}

/** Newest first; a long history renders a page at a time. */
export function NotesView({ value }: { value: Note[] }) {
  const [shown, setShown] = useState(NOTES_PAGE_SIZE)
  const sorted = useMemo(() => value.toSorted((a, b) => createdTime(b) - createdTime(a)), [value])
  if (sorted.length === 0) return <EmptyState>No notes on file.</EmptyState>
  const visible = sorted.slice(0, shown)
  const remaining = sorted.length - visible.length
  return (
    <div className="overview-stack">
      <ul className="overview-cards" aria-label="Notes">
        {visible.map((note, index) => (
          <NoteCard key={note.id ?? `row-${index}`} note={note} />
        ))}
      </ul>
      {remaining > 0 ? (
        <div className="overview-more">
          <span className="muted">
            Showing {formatNumber(visible.length)} of {formatNumber(sorted.length)} notes
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
