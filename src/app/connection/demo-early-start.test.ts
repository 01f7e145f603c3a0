import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  CONNECTION_META_NAME,
  readConnectionSettings,
  writeConnectionSettings,
} from './connection-settings'
import { startDemoEarly } from './demo-early-start'

const CODE = ['/assets/browser-x.js', '/assets/demo-credentials-y.js']

function pageWithWorkers() {
  const register = vi.fn(() => Promise.resolve({}))
  const win = {
    document,
    localStorage,
    sessionStorage,
    navigator: { serviceWorker: { register } } as unknown as Navigator,
  }
  return { win, register }
}

const preloads = () =>
  [...document.head.querySelectorAll('link[rel="modulepreload"][data-demo-early-start]')].map((l) =>
    l.getAttribute('href'),
  )

afterEach(() => {
  document.head.innerHTML = ''
  localStorage.clear()
  sessionStorage.clear()
})

describe('startDemoEarly (the demo head start)', () => {
  it('registers the worker and preloads the demo code on the demo connection', () => {
    const { win, register } = pageWithWorkers()
    expect(startDemoEarly(CODE, '/mockServiceWorker.js', win)).toBe(true)
    expect(register).toHaveBeenCalledWith('/mockServiceWorker.js')
    expect(preloads()).toEqual(CODE)
    expect(readConnectionSettings().kind).toBe('demo')
  })

  it('starts nothing when the server proxies', () => {
    const meta = document.createElement('meta')
    meta.name = CONNECTION_META_NAME
    meta.content = 'proxy'
    document.head.append(meta)
    const { win, register } = pageWithWorkers()
    expect(startDemoEarly(CODE, '/mockServiceWorker.js', win)).toBe(false)
    expect(register).not.toHaveBeenCalled()
    expect(preloads()).toEqual([])
    expect(readConnectionSettings().kind).toBe('proxy')
  })

  it('starts nothing on a browser connection, and starts the demo the app falls back to', () => {
    writeConnectionSettings({
      kind: 'browser',
      baseUrl: 'https://tenant.example/api/public/api/1/',
      tenantId: '5200001',
      token: 'secret',
    })
    const first = pageWithWorkers()
    expect(startDemoEarly(CODE, '/mockServiceWorker.js', first.win)).toBe(false)
    expect(first.register).not.toHaveBeenCalled()
    expect(readConnectionSettings().kind).toBe('browser')

    // A new tab: the token (sessionStorage) is gone, so the app runs the demo.
    sessionStorage.clear()
    const second = pageWithWorkers()
    expect(startDemoEarly(CODE, '/mockServiceWorker.js', second.win)).toBe(true)
    expect(second.register).toHaveBeenCalledOnce()
    expect(readConnectionSettings().kind).toBe('demo')
  })

  it('does nothing without service workers', () => {
    const win = { document, localStorage, sessionStorage, navigator: {} as Navigator }
    expect(startDemoEarly(CODE, '/mockServiceWorker.js', win)).toBe(false)
    expect(preloads()).toEqual([])
  })
})
