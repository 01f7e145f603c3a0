import { memo, useMemo } from 'react'
import type { Note } from '../../api/nested-object-schemas'
import { formatDateTime } from '../../lib/format'
import { sanitizeNoteHtml } from './note-html'

/** One note; its HTML is sanitized when (and only when) the note is rendered. */
export const NoteCard = memo(function NoteCard({ note }: { note: Note }) {
  const html = useMemo(() => (note.body ? sanitizeNoteHtml(note.body) : ''), [note.body])
  return (
    <li className="overview-card overview-note">
      <div className="overview-card__head">
        <h3 className="overview-card__title">{note.subject ?? 'Untitled note'}</h3>
        <span className="muted overview-nowrap">
          {note.categoryName ? <span className="badge">{note.categoryName}</span> : null}{' '}
          {note.authorName ?? 'Unknown author'}
          {note.created ? ` · ${formatDateTime(note.created)}` : ''}
        </span>
      </div>
      {html ? (
        // Sanitized above: basic formatting and http(s) links only.
        <div className="overview-note__body" dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <p className="muted">No text to show.</p>
      )}
    </li>
  )
})
