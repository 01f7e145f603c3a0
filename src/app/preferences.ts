import { useCallback } from 'react'
import { useStoredState } from '../lib/use-stored-state'

type Toggle = 'on' | 'off'
const parseToggle = (raw: string | null): Toggle => (raw === 'on' ? 'on' : 'off')

/** The overview's "Developer tools" (fetch style, requests): closed until someone opens it. */
export function useDeveloperToolsOpen(): [boolean, (open: boolean) => void] {
  const [value, setValue] = useStoredState<Toggle>('cm.developerTools', parseToggle)
  const setOpen = useCallback((open: boolean) => setValue(open ? 'on' : 'off'), [setValue])
  return [value === 'on', setOpen]
}
