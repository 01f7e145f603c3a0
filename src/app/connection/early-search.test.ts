import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { customerKeys } from '../../api/customer-queries'
import { fetchStartedAt } from '../../api/fetch-started-at'
import { createTestQueryClient } from '../../testing/render-with-providers'
import { parseListState } from '../../features/customers-list/customers-list-url'
import { prefetchLandingData } from '../boot-prefetch'
import { createConnectionClient } from './connection-context'
import { CONNECTION_META_NAME } from './connection-settings'
import {
  adoptEarlySearch,
  earlySearchStartedAt,
  hasEarlySearch,
  LANDING_SEARCH,
  LIST_PATH,
  startSearchEarly,
} from './early-search'

const ORIGIN = 'http://app.test'
const ANSWER = { d: { results: [], summary: { total: 0 } } }

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })
}

function proxyMeta() {
  const meta = document.createElement('meta')
  meta.name = CONNECTION_META_NAME
  meta.content = 'proxy'
  document.head.append(meta)
}

/** A page at `path` whose fetch answers `answer` (or fails when it is null). */
function page(path: string, answer: Response | null = json(ANSWER), origin = ORIGIN) {
  const url = new URL(path, origin)
  const fetch = vi.fn(() => (answer ? Promise.resolve(answer) : Promise.reject(new TypeError())))
  const win = {
    document,
    location: { pathname: url.pathname, search: url.search, origin } as Location,
    fetch: fetch as unknown as typeof globalThis.fetch,
    performance,
  }
  return { win, fetch }
}

const EARLY_URL = new URL(LANDING_SEARCH.url, ORIGIN).href

afterEach(() => {
  document.head.innerHTML = ''
})

describe('startSearchEarly (the head script)', () => {
  it('sends the landing search when the server proxies and the URL is the plain list', () => {
    proxyMeta()
    for (const path of ['/customers', '/customers/', '/']) {
      const { win, fetch } = page(path)
      expect(startSearchEarly(LANDING_SEARCH.url, LANDING_SEARCH.body, LIST_PATH.source, win)).toBe(
        true,
      )
      expect(fetch).toHaveBeenCalledWith(
        EARLY_URL,
        expect.objectContaining({ method: 'POST', body: LANDING_SEARCH.body }),
      )
      expect(hasEarlySearch(win)).toBe(true)
      expect(earlySearchStartedAt(win)).toBeLessThanOrEqual(performance.now())
    }
  })

  it('sends nothing on the demo, or for another page or list state', () => {
    const demo = page('/customers')
    expect(
      startSearchEarly(LANDING_SEARCH.url, LANDING_SEARCH.body, LIST_PATH.source, demo.win),
    ).toBe(false)
    proxyMeta()
    for (const path of ['/customers?q=smith', '/customers/1001', '/import']) {
      const { win, fetch } = page(path)
      expect(startSearchEarly(LANDING_SEARCH.url, LANDING_SEARCH.body, LIST_PATH.source, win)).toBe(
        false,
      )
      expect(fetch).not.toHaveBeenCalled()
      expect(hasEarlySearch(win)).toBe(false)
    }
    expect(demo.fetch).not.toHaveBeenCalled()
  })
})

describe('LANDING_SEARCH', () => {
  it('is the very request the app sends first for the plain list through the proxy', async () => {
    const sent: Array<{ url: string; method?: string; body: unknown }> = []
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      sent.push({
        url: input instanceof Request ? input.url : input.toString(),
        method: init?.method,
        body: init?.body,
      })
      return Promise.resolve(json(ANSWER))
    })
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const client = createConnectionClient({ kind: 'proxy' }, null)
    await prefetchLandingData(queryClient, client, { pathname: '/customers', search: '' })
    expect(sent[0]).toEqual({
      url: new URL(LANDING_SEARCH.url, window.location.origin).href,
      method: 'POST',
      body: LANDING_SEARCH.body,
    })
    const key = customerKeys.search(parseListState(new URLSearchParams('')))
    expect(queryClient.getQueryState(key)?.status).toBe('success')
  })
})

describe('the boot and the head script', () => {
  it("counts the list's wait from the head script's request, not from the boot", async () => {
    proxyMeta()
    // This document's origin: the app's request is relative to it.
    const { win } = page('/customers', json(ANSWER), window.location.origin)
    startSearchEarly(LANDING_SEARCH.url, LANDING_SEARCH.body, LIST_PATH.source, win)
    const sentAt = earlySearchStartedAt(win)
    // On the window, where the head script leaves it and the boot reads it.
    vi.stubGlobal('__cmEarlySearch', (win as { __cmEarlySearch?: unknown }).__cmEarlySearch)
    await new Promise((resolve) => setTimeout(resolve, 30))
    const queryClient = createTestQueryClient()
    const answered = prefetchLandingData(
      queryClient,
      createConnectionClient({ kind: 'proxy' }, null),
      { pathname: '/customers', search: '' },
    )
    const key = customerKeys.search(parseListState(new URLSearchParams('')))
    expect(fetchStartedAt(queryClient, { queryKey: key, exact: true })).toBe(sentAt)
    await answered
    expect(queryClient.getQueryState(key)?.status).toBe('success')
    expect(hasEarlySearch()).toBe(false)
    vi.unstubAllGlobals()
  })
})

describe('adoptEarlySearch', () => {
  function started(answer: Response | null = json(ANSWER)) {
    proxyMeta()
    const { win } = page('/customers', answer)
    startSearchEarly(LANDING_SEARCH.url, LANDING_SEARCH.body, LIST_PATH.source, win)
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(json({ d: 'asked again' }))
    return { fetch: adoptEarlySearch(win), win, globalFetch: fetch }
  }
  const init = { method: 'POST', body: LANDING_SEARCH.body }

  it('answers the first equal request with the early answer, once', async () => {
    const { fetch, win, globalFetch } = started()
    expect(await (await fetch(EARLY_URL, init)).json()).toEqual(ANSWER)
    expect(hasEarlySearch(win)).toBe(false)
    expect(await (await fetch(EARLY_URL, init)).json()).toEqual({ d: 'asked again' })
    expect(globalFetch).toHaveBeenCalledTimes(1)
  })

  it('leaves other requests to fetch', async () => {
    const { fetch, win, globalFetch } = started()
    await fetch(EARLY_URL, { method: 'POST', body: '{"query":{}}' })
    await fetch(`${EARLY_URL}&x=1`, init)
    await fetch(EARLY_URL, { method: 'GET' })
    expect(globalFetch).toHaveBeenCalledTimes(3)
    expect(hasEarlySearch(win)).toBe(true)
  })

  it('asks again when the early request failed', async () => {
    const { fetch, globalFetch } = started(null)
    expect(await (await fetch(EARLY_URL, init)).json()).toEqual({ d: 'asked again' })
    expect(globalFetch).toHaveBeenCalledTimes(1)
  })

  it("rejects as fetch would when the caller's signal aborts", async () => {
    const { fetch } = started()
    const controller = new AbortController()
    controller.abort(new DOMException('gone', 'AbortError'))
    await expect(fetch(EARLY_URL, { ...init, signal: controller.signal })).rejects.toThrow('gone')
  })
})
