import { parseFetchStyle, type FetchStyle } from '../api/fetch-style'
import { useStoredState } from '../lib/use-stored-state'

export function useFetchStyle() {
  return useStoredState<FetchStyle>('cm.fetchStyle', parseFetchStyle)
}
