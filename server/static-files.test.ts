// @vitest-environment node
import { utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONNECTION_META_NAME } from './connection-meta.ts'
import { API_CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY } from './security-headers.ts'
import {
  demoConfig,
  makeDist,
  request,
  startApp,
  type Reply,
  type Running,
} from './test-support.ts'

let fixture: Awaited<ReturnType<typeof makeDist>>
let app: Running

beforeAll(async () => {
  fixture = await makeDist()
  app = await startApp(demoConfig(), fixture.dist)
})
afterAll(async () => {
  await app.close()
  await fixture.cleanup()
})

const get = (path: string) => request(app.port, path)

function expectSecurityHeaders(reply: Reply, csp = CONTENT_SECURITY_POLICY) {
  expect(reply.headers['content-security-policy']).toBe(csp)
  expect(reply.headers['content-security-policy']).not.toContain('unsafe-eval')
  expect(reply.headers['x-content-type-options']).toBe('nosniff')
  expect(reply.headers['referrer-policy']).toBe('no-referrer')
  expect(reply.headers['x-frame-options']).toBe('DENY')
  expect(reply.headers['permissions-policy']).toContain('camera=()')
  expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin')
}

describe('static files and SPA routes', () => {
  it('serves index.html with the demo meta tag, no-cache and security headers', async () => {
    const reply = await get('/')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toMatch(/^text\/html/)
    expect(reply.headers['cache-control']).toBe('no-cache')
    expect(reply.body).toContain(`<meta name="${CONNECTION_META_NAME}" content="demo">`)
    expect(reply.body.indexOf(CONNECTION_META_NAME)).toBeLessThan(reply.body.indexOf('</head>'))
    expectSecurityHeaders(reply)
  })

  it.each(['/', '/customers', '/customers/'])(
    "sends the list's page %s with the list's title, so the app need not change it",
    async (path) => {
      const reply = await get(path)
      expect(reply.body).toContain('<title>Customers · Customer Manager</title>')
      expect(reply.body).not.toContain('<title>CM</title>')
    },
  )

  it("sends other routes with the build's title (the page names itself)", async () => {
    const reply = await get('/import')
    expect(reply.body).toContain('<title>CM</title>')
  })

  it.each(['/customers/1001/phones', '/import', '/settings', '/customers/1001/'])(
    'answers the client route %s with index.html',
    async (path) => {
      const reply = await get(path)
      expect(reply.status).toBe(200)
      expect(reply.body).toContain('<div id="root">')
      expect(reply.headers['cache-control']).toBe('no-cache')
      expectSecurityHeaders(reply)
    },
  )

  it('serves hashed assets as immutable with the right content types', async () => {
    const js = await get('/assets/index-abc123.js')
    expect(js.status).toBe(200)
    expect(js.headers['content-type']).toMatch(/^text\/javascript/)
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(js.body).toContain('console.log("app")')
    expectSecurityHeaders(js)
    const css = await get('/assets/index-abc123.css')
    expect(css.headers['content-type']).toMatch(/^text\/css/)
  })

  it('serves other root files as files that revalidate', async () => {
    const worker = await get('/mockServiceWorker.js')
    expect(worker.status).toBe(200)
    expect(worker.body).toBe('/* msw */')
    expect(worker.headers['cache-control']).toBe('no-cache')
    expect((await get('/favicon.svg')).headers['content-type']).toMatch(/^image\/svg\+xml/)
  })

  it('answers 404 for missing files with an extension instead of index.html', async () => {
    const reply = await get('/assets/missing-123.js')
    expect(reply.status).toBe(404)
    expect(reply.body).not.toContain('<div id="root">')
    expect(reply.headers['cache-control']).toBe('no-store')
    expectSecurityHeaders(reply)
  })

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/.env',
    '/%2eenv',
    '/%E0%A4%A',
  ])('never serves %s', async (path) => {
    const reply = await get(path)
    expect(reply.body).not.toContain('outside dist')
    expect(reply.body).not.toContain('dotfile')
  })

  it('answers unknown /api paths with 404 JSON, also /api/loanpro in demo mode', async () => {
    for (const path of ['/api/nothing', '/api/loanpro/odata.svc/Customers']) {
      const reply = await get(path)
      expect(reply.status).toBe(404)
      expect(reply.headers['content-type']).toMatch(/^application\/json/)
      const parsed = JSON.parse(reply.body) as { error?: { message?: unknown } }
      expect(typeof parsed.error?.message).toBe('string')
      expect(reply.headers['cache-control']).toBe('no-store')
      expectSecurityHeaders(reply, API_CONTENT_SECURITY_POLICY)
    }
  })

  it('logs method, path without query, status and duration', async () => {
    await get('/customers?search=Jane%20Doe')
    const line = app.lines.find((l) => l.startsWith('GET /customers '))
    expect(line).toMatch(/^GET \/customers 200 \d+ms$/)
    expect(app.lines.join('\n')).not.toContain('Jane')
  })

  it('compresses when the browser accepts gzip', async () => {
    const reply = await request(app.port, '/assets/index-abc123.js', {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(reply.headers['content-encoding']).toBe('gzip')
  })

  it("sends the build's precompressed .gz as it is, and the plain file without gzip", async () => {
    const raw = 'console.log("plain");'.repeat(100)
    const ready = gzipSync('console.log("precompressed");')
    await writeFile(path.join(fixture.dist, 'assets', 'pre-abc123.js'), raw)
    await writeFile(path.join(fixture.dist, 'assets', 'pre-abc123.js.gz'), ready)
    const url = `http://127.0.0.1:${String(app.port)}/assets/pre-abc123.js`
    const zipped = await fetch(url, { headers: { 'accept-encoding': 'gzip, deflate' } })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(zipped.headers.get('content-length')).toBe(String(ready.length))
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(await zipped.text()).toBe('console.log("precompressed");')
    const plain = await request(app.port, '/assets/pre-abc123.js', {
      headers: { 'accept-encoding': 'gzip;q=0, identity' },
    })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(raw)
  })

  it('keeps assets in memory, yet serves a rewritten file anew', async () => {
    const file = path.join(fixture.dist, 'assets', 'kept-abc123.css')
    await writeFile(file, 'body{color:red}')
    expect((await get('/assets/kept-abc123.css')).body).toBe('body{color:red}')
    expect((await get('/assets/kept-abc123.css')).body).toBe('body{color:red}')
    await writeFile(file, 'body{color:blue}')
    await utimes(file, new Date(), new Date(Date.now() + 5000))
    expect((await get('/assets/kept-abc123.css')).body).toBe('body{color:blue}')
  })
})
