import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import './announcer.css'

interface Announcement {
  id: number
  message: string
  tone: 'info' | 'success' | 'error'
}

const AnnounceContext = createContext<(message: string, tone?: Announcement['tone']) => void>(
  () => undefined,
)

/**
 * App-wide messages that outlive the page that caused them ("Customer 1042 deleted" after the
 * overview navigates away): a visible toast inside a polite `status` live region.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<Announcement[]>([])
  const announce = useCallback((message: string, tone: Announcement['tone'] = 'info') => {
    const id = Date.now() + Math.random()
    // One at a time: a stack of toasts grows over the page's controls.
    setItems([{ id, message, tone }])
    window.setTimeout(() => setItems((current) => current.filter((item) => item.id !== id)), 8000)
  }, [])
  const dismiss = (id: number) => setItems((current) => current.filter((item) => item.id !== id))
  const value = useMemo(() => announce, [announce])

  return (
    <AnnounceContext.Provider value={value}>
      {children}
      <div role="status" aria-live="polite" className="announcer" aria-label="Notifications">
        {items.map((item) => (
          <div key={item.id} className={`announcer__item announcer__item--${item.tone}`}>
            <span>{item.message}</span>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => dismiss(item.id)}
              aria-label="Dismiss notification"
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </AnnounceContext.Provider>
  )
}

export function useAnnounce() {
  return useContext(AnnounceContext)
}
