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

export interface BaseUrlCheck {
  /** The normalized base URL, when it can be used. */
  baseUrl?: string
  /** Why it cannot be used. */
  error?: string
  /** Usable, but risky. */
  warning?: string
}

const LOOPBACK_HOST = /^(localhost|127(\.\d+){3}|\[::1\])$/

/**
 * A base URL typed by a person. Only an absolute http(s) URL without credentials, query or
 * fragment will do: anything else would either send the token somewhere unexpected (a
 * relative `loanpro.example.com/...` resolves against this app's own origin) or break the
 * URLs built on it. Plain http to another machine works but exposes the token, so it warns.
 */
export function checkBaseUrl(input: string): BaseUrlCheck {
  const text = input.trim()
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return { error: 'Enter the full address, starting with https://.' }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: 'The base URL must start with https://.' }
  }
  if (url.username || url.password || url.search || url.hash) {
    return { error: 'The base URL must not contain a user name, a password, ? or #.' }
  }
  const baseUrl = normalizeBaseUrl(url.href)
  if (url.protocol === 'http:' && !LOOPBACK_HOST.test(url.hostname)) {
    return {
      baseUrl,
      warning:
        'This address uses plain http: the API token would cross the network unencrypted. Use https:// unless you know the network is private.',
    }
  }
  return { baseUrl }
}

/**
 * The token as it goes after `Bearer `: trimmed, without a pasted `Bearer ` prefix. null when
 * it holds characters that cannot travel in an HTTP header (a pasted line break, say).
 */
export function normalizeToken(input: string): string | null {
  const token = input.trim().replace(/^Bearer\s+/i, '')
  return /^[\x21-\x7e]+$/.test(token) ? token : null
}
