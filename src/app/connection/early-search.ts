/**
 * The list's search, sent from `<head>` through the server's proxy before the entry script has
 * even downloaded (a tiny classic script: see vite-early-search.ts), and handed to the app's
 * first request that asks exactly the same thing (`adoptEarlySearch`). On a cold load the
 * entry's download, compile and run come before its own request (300-500 ms at 4× CPU); the
 * answer is then on its way meanwhile.
 *
 * Only the plain list (`/customers` or `/`, no query string: the landing page), and only when
 * the server proxies (its meta tag says so); anything else starts nothing. What is sent is the
 * app's own first request for that page (`LANDING_SEARCH`, held equal to it by the tests);
 * should they ever differ, the app asks for itself and the early answer is simply not used.
 */

/** The list's first request for the plain `/customers` through the proxy, as the adapter sends it. */
export const LANDING_SEARCH = {
  url: '/api/loanpro/Customers/Autopal.Search()?$top=25&$start=0&$orderby=id%20asc',
  body: '{"query":{"match_all":{}},"sort":[{"id":{"order":"asc"}}]}',
} as const

/** What the head script leaves on `window` for the app. */
export interface EarlySearch {
  /** Absolute URL of the request. */
  url: string
  /** The JSON body, as sent. */
  body: string
  /** The answer; null when the request failed (the app then asks again itself). */
  response: Promise<Response | null>
  /** When it was sent (`performance.now()`): the wait for the list's rows began then. */
  startedAt: number
}

type EarlySearchWindow = { __cmEarlySearch?: EarlySearch }

/** The list's paths: `/customers`, and `/`, which redirects to it. */
export const LIST_PATH = /^\/(customers\/?)?$/

/**
 * Run as the head script (serialised by the build: no imports, no outer names). `url` is
 * relative to the page's origin.
 */
export function startSearchEarly(
  url: string,
  body: string,
  /** `LIST_PATH`'s source. */
  listPath: string,
  win: Pick<Window, 'document' | 'location' | 'fetch' | 'performance'> = window,
): boolean {
  // connection-settings.ts: the server's proxy says so in a meta tag, which wins over any
  // stored connection.
  const meta = win.document.querySelector('meta[name="customer-manager-connection"]')
  if (meta?.getAttribute('content') !== 'proxy') return false
  const { pathname, search, origin } = win.location
  if (search !== '' || !new RegExp(listPath).test(pathname)) return false
  const absolute = new URL(url, origin).href
  const startedAt = win.performance.now()
  const response = win
    .fetch(absolute, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body,
    })
    .catch(() => null)
  ;(win as unknown as EarlySearchWindow).__cmEarlySearch = {
    url: absolute,
    body,
    response,
    startedAt,
  }
  return true
}

/** True while the head script's search waits for the app to ask for it. */
export function hasEarlySearch(win: object = window): boolean {
  return (win as EarlySearchWindow).__cmEarlySearch !== undefined
}

/** When the head script's search was sent, while it waits for the app to ask for it. */
export function earlySearchStartedAt(win: object = window): number | undefined {
  return (win as EarlySearchWindow).__cmEarlySearch?.startedAt
}

function absoluteUrl(input: RequestInfo | URL): string | null {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : null
  try {
    return url === null ? null : new URL(url, globalThis.location?.href).href
  } catch {
    return null
  }
}

function bodyText(body: BodyInit | null | undefined): string | null {
  return typeof body === 'string' ? body : null
}

/**
 * A `fetch` that answers the first request equal to the early one (method, URL, body) with the
 * early answer, once; every other request goes to the global fetch, looked up per call.
 */
export function adoptEarlySearch(win: object = window): typeof fetch {
  return (input, init) => {
    const holder = win as EarlySearchWindow
    const early = holder.__cmEarlySearch
    if (
      !early ||
      init?.method !== 'POST' ||
      bodyText(init.body) !== early.body ||
      absoluteUrl(input) !== early.url
    ) {
      return globalThis.fetch(input, init)
    }
    holder.__cmEarlySearch = undefined
    const signal = init.signal
    return new Promise<Response>((resolve, reject) => {
      // As fetch does: with the signal's reason (an AbortError unless the caller gave one).
      const onAbort = () => reject(signal?.reason as Error)
      if (signal?.aborted) return onAbort()
      signal?.addEventListener('abort', onAbort, { once: true })
      early.response.then(
        (response) => {
          signal?.removeEventListener('abort', onAbort)
          // The early request failed (network): ask again, as the app would have.
          resolve(response ?? globalThis.fetch(input, init))
        },
        () => resolve(globalThis.fetch(input, init)),
      )
    })
  }
}
