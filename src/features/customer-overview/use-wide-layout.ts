import { useSyncExternalStore } from 'react'

/** From this width the overview has two columns and its tabs stand in a column. */
export const WIDE_LAYOUT_QUERY = '(min-width: 1280px)'

let list: MediaQueryList | null | undefined

/** One list for every read: React reads the snapshot several times per render. */
function media(): MediaQueryList | null {
  list ??= typeof window.matchMedia === 'function' ? window.matchMedia(WIDE_LAYOUT_QUERY) : null
  return list
}

function subscribe(listener: () => void): () => void {
  const list = media()
  list?.addEventListener('change', listener)
  return () => list?.removeEventListener('change', listener)
}

/** Whether the two-column layout applies (false where there is no layout, as in jsdom). */
export function useWideLayout(): boolean {
  return useSyncExternalStore(subscribe, () => media()?.matches ?? false)
}
