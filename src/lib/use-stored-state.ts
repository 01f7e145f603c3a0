import { useCallback, useSyncExternalStore } from 'react'
import { local, readStored, writeStored } from './storage'

type Listener = () => void
const listeners = new Map<string, Set<Listener>>()

function subscribe(key: string, listener: Listener): () => void {
  const set = listeners.get(key) ?? new Set<Listener>()
  set.add(listener)
  listeners.set(key, set)
  const onStorage = (event: StorageEvent) => {
    if (event.key === key) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    set.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/**
 * A string preference persisted in localStorage and shared by every component that reads the
 * same key (and other tabs). `parse` turns unknown stored values into the fallback.
 */
export function useStoredState<T extends string>(
  key: string,
  parse: (raw: string | null) => T,
): [T, (value: T) => void] {
  const value = useSyncExternalStore(
    useCallback((listener: Listener) => subscribe(key, listener), [key]),
    () => parse(readStored(local(), key)),
  )
  const setValue = useCallback(
    (next: T) => {
      writeStored(local(), key, next)
      listeners.get(key)?.forEach((listener) => listener())
    },
    [key],
  )
  return [value, setValue]
}
