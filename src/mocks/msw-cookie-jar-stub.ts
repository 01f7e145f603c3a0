/**
 * Stands in for `tough-cookie` in the browser build (vite.config.ts aliases it), where msw
 * uses it only for its own cookie jar. The demo tenant never sets cookies, and the real jar
 * pulls in tldts' public-suffix list: ~100 KB gzip of the demo chunk, on the demo's critical
 * path. Request cookies from `document.cookie` still reach handlers (msw reads them itself).
 */
interface StoredCookie {
  key: string
  domain: string | null
  path: string | null
  toJSON(): Record<string, unknown>
}

export class Cookie {
  static fromJSON(): StoredCookie | null {
    return null
  }
}

export class MemoryCookieStore {
  idx: Record<string, Record<string, Record<string, StoredCookie>>> = {}
}

export class CookieJar {
  getCookiesSync(): StoredCookie[] {
    return []
  }

  setCookie(): Promise<void> {
    return Promise.resolve()
  }
}
