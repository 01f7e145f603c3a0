import { useEffect } from 'react'
import { documentTitle } from './document-title'

/**
 * Each page names itself in the tab and for screen readers announcing navigation. A title the
 * page already has (the server sent it) is left alone: setting it costs the main thread.
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const next = documentTitle(title)
    if (document.title !== next) document.title = next
  }, [title])
}
