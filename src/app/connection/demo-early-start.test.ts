import { afterEach, describe, expect, it } from 'vitest'
import {
  CONNECTION_META_NAME,
  readConnectionSettings,
  writeConnectionSettings,
} from './connection-settings'
import { startDemoEarly } from './demo-early-start'

const CODE = ['/assets/browser-x.js', '/assets/demo-credentials-y.js']

const win = { document, localStorage, sessionStorage }

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
  it('preloads the demo code on the demo connection', () => {
    expect(startDemoEarly(CODE, win)).toBe(true)
    expect(preloads()).toEqual(CODE)
    expect(readConnectionSettings().kind).toBe('demo')
  })

  it('starts nothing when the server proxies', () => {
    const meta = document.createElement('meta')
    meta.name = CONNECTION_META_NAME
    meta.content = 'proxy'
    document.head.append(meta)
    expect(startDemoEarly(CODE, win)).toBe(false)
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
    expect(startDemoEarly(CODE, win)).toBe(false)
    expect(preloads()).toEqual([])
    expect(readConnectionSettings().kind).toBe('browser')

    // A new tab: the token (sessionStorage) is gone, so the app runs the demo.
    sessionStorage.clear()
    expect(startDemoEarly(CODE, win)).toBe(true)
    expect(preloads()).toEqual(CODE)
    expect(readConnectionSettings().kind).toBe('demo')
  })
})
