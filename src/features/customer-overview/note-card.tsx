import { memo, useMemo } from 'react'
import type { Note } from '../../api/nested-object-readers'
import { formatDateTime } from '../../lib/format'
import { noteCategoryName } from './note-filter'
import { sanitizeNoteHtml } from './note-html'

/** One note in the compact list; its HTML is sanitized when (and only when) it is rendered. */
export const NoteCard = memo(function NoteCard({ note }: { note: Note }) {
  const html = useMemo(() => (note.body ? sanitizeNoteHtml(note.body) : ''), [note.body])
  const category = noteCategoryName(note)
  return (
    <li className="overview-note">
      <div className="overview-note__head">
        <h3 className="overview-note__subject">{note.subject ?? 'Untitled note'}</h3>
        <span className="muted overview-note__meta">
          {category ? <span className="badge">{category}</span> : null}
          <span>{note.authorName ?? 'Unknown author'}</span>
          {note.created ? <span>{formatDateTime(note.created)}</span> : null}
        </span>
      </div>
      {html ? (
        // Sanitized above: basic formatting and http(s) links only.
        <div className="overview-note__body" dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <p className="muted overview-note__body">No text to show.</p>
      )}
    </li>
  )
})
