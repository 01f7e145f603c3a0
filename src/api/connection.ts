/**
 * Where the adapter sends requests. `tenantId` and `token` are absent when the app talks to
 * the production server's proxy, which adds LoanPro's auth headers itself.
 */
export interface ApiConnection {
  /** Ends with `/`, e.g. `https://loanpro.simnang.com/api/public/api/1/`. */
  baseUrl: string
  tenantId?: string
  token?: string
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number
}

export function normalizeBaseUrl(url: string): string {
  const trimmed = url.trim()
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`
}
