import { useEffect } from 'react'

/** Each page names itself in the tab and for screen readers announcing navigation. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Customer Manager` : 'Customer Manager'
  }, [title])
}
