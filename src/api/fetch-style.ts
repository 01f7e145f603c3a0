/** LoanPro's two ways to read nested objects: one request per object, or one `$expand` request. */
export type FetchStyle = 'per-object' | 'expand'

export const FETCH_STYLES: readonly { value: FetchStyle; label: string }[] = [
  { value: 'per-object', label: 'Per object' },
  { value: 'expand', label: '$expand' },
]

export function parseFetchStyle(raw: string | null | undefined): FetchStyle {
  return raw === 'expand' ? 'expand' : 'per-object'
}
