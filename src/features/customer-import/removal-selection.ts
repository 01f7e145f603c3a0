import type { RemovalSelection } from '../../api/removed-customers'

/** More than this is not a selection someone made by hand: refuse rather than freeze the tab. */
export const MAX_SELECTION = 100_000
const MAX_LABEL = 200

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

const isCustomerId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0

/**
 * The `removalSelection` of a router state, or null when there is none or it is not the
 * expected shape (history state outlives app versions and can be written by any script).
 */
export function readRemovalSelection(state: unknown): RemovalSelection | null {
  if (!isRecord(state) || !isRecord(state.removalSelection)) return null
  const { ids, label } = state.removalSelection
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_SELECTION) return null
  if (!ids.every(isCustomerId)) return null
  const text = typeof label === 'string' ? label.trim().slice(0, MAX_LABEL) : ''
  const count = ids.length === 1 ? '1 customer' : `${ids.length.toLocaleString('en-US')} customers`
  return { ids: [...ids], label: text === '' ? `Selection of ${count}` : text }
}

/** Whether the router state carries a selection to take (valid or not), so it can be cleared. */
export function hasRemovalSelection(state: unknown): boolean {
  return isRecord(state) && 'removalSelection' in state
}
