import { local, readStored } from '../lib/storage'
import { useStoredState } from '../lib/use-stored-state'

/** LoanPro's two ways to read nested objects: one request per object, or one `$expand` request. */
export type FetchStyle = 'per-object' | 'expand'

export const FETCH_STYLES: readonly { value: FetchStyle; label: string }[] = [
  { value: 'per-object', label: 'Per object' },
  { value: 'expand', label: '$expand' },
]

/** The localStorage key of the preference (Settings and the overview's Developer tools). */
const FETCH_STYLE_KEY = 'cm.fetchStyle'

export function parseFetchStyle(raw: string | null | undefined): FetchStyle {
  return raw === 'expand' ? 'expand' : 'per-object'
}

/** The remembered fetch style, shared by every component that reads it. */
export function useFetchStyle(): [FetchStyle, (style: FetchStyle) => void] {
  return useStoredState<FetchStyle>(FETCH_STYLE_KEY, parseFetchStyle)
}

/** The same preference outside React (the boot prefetch). */
export function storedFetchStyle(): FetchStyle {
  return parseFetchStyle(readStored(local(), FETCH_STYLE_KEY))
}
