// @vitest-environment node
import type http from 'node:http'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ServerConfig } from './config.ts'
import { CONNECTION_META_NAME } from './connection-meta.ts'
import { targetUrl } from './proxy.ts'
import { API_CONTENT_SECURITY_POLICY } from './security-headers.ts'
import {
  makeDist,
  request,
  startApp,
  startUpstream,
  type Received,
  type Reply,
  type Running,
} from './test-support.ts'

const TOKEN = 'tok-9f8e7d6c5b4a-secret'
type Respond = (received: Received, res: http.ServerResponse) => void
const ok: Respond = (_r, res) => {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end('{"d":{"id":1001}}')
}
let respond: Respond = ok

let fixture: Awaited<ReturnType<typeof makeDist>>
let upstream: Awaited<ReturnType<typeof startUpstream>>
let app: Running

const proxyConfig = (apiBase: string, timeoutMs = 30_000): ServerConfig => ({
  port: 0,
  host: '127.0.0.1',
  mode: 'proxy',
  proxy: { apiBase, tenantId: '5200000', token: TOKEN, timeoutMs, totalTimeoutMs: 60_000 },
  allowedHosts: [],
})

beforeAll(async () => {
  fixture = await makeDist()
  upstream = await startUpstream((received, res) => respond(received, res))
  app = await startApp(proxyConfig(upstream.base), fixture.dist)
})
afterAll(async () => {
  await app.close()
  await upstream.close()
  await fixture.cleanup()
})
beforeEach(() => {
  respond = ok
  upstream.received.length = 0
})

function expectNoLeak(reply: Reply) {
  expect(JSON.stringify(reply.headers)).not.toContain(TOKEN)
  expect(reply.body).not.toContain(TOKEN)
  expect(app.lines.join('\n')).not.toContain(TOKEN)
}

describe('LoanPro proxy', () => {
  it('marks index.html as proxy mode', async () => {
    const reply = await request(app.port, '/settings')
    expect(reply.body).toContain(`<meta name="${CONNECTION_META_NAME}" content="proxy">`)
    expect(reply.body).not.toContain('content="demo"')
    expectNoLeak(reply)
  })

  it('forwards method, path, query and body, adding credentials and dropping the browser ones', async () => {
    const body = '{"query":{"match_all":{}}}'
    const reply = await request(
      app.port,
      '/api/loanpro/Customers/Autopal.Search()?$top=25&$orderby=a,b/c',
      {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          authorization: 'Bearer browser-token',
          'autopal-instance-id': '999',
          cookie: 'session=abc',
          connection: 'keep-alive, x-hop',
          'x-hop': '1',
          'x-forwarded-for': '10.0.0.1',
        },
      },
    )
    expect(reply.status).toBe(200)
    expect(reply.body).toBe('{"d":{"id":1001}}')
    const [seen] = upstream.received
    expect(seen?.method).toBe('POST')
    expect(seen?.url).toBe('/api/public/api/1/Customers/Autopal.Search()?$top=25&$orderby=a,b/c')
    expect(seen?.body).toBe(body)
    expect(seen?.headers['authorization']).toBe(`Bearer ${TOKEN}`)
    expect(seen?.headers['autopal-instance-id']).toBe('5200000')
    expect(seen?.headers['content-type']).toBe('application/json')
    expect(seen?.headers['cookie']).toBeUndefined()
    expect(seen?.headers['x-hop']).toBeUndefined()
    expect(seen?.headers['x-forwarded-for']).toBeUndefined()
    expect(reply.headers['cache-control']).toBe('no-store')
    expect(reply.headers['content-security-policy']).toBe(API_CONTENT_SECURITY_POLICY)
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expectNoLeak(reply)
  })

  it('keeps a search path with parentheses and DELETE without a body', async () => {
    await request(app.port, '/api/loanpro/Customers/Autopal.Search()?$top=25&$start=0', {
      method: 'POST',
      body: '{}',
    })
    await request(app.port, '/api/loanpro/odata.svc/Customers(7)', { method: 'DELETE' })
    expect(upstream.received.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/public/api/1/Customers/Autopal.Search()?$top=25&$start=0',
      'DELETE /api/public/api/1/odata.svc/Customers(7)',
    ])
  })

  it.each([401, 409, 500, 429])('passes status %i and the error body through', async (status) => {
    const errorBody = `{"error":{"message":"failure ${String(status)}","type":"X"},"warnings":["w"]}`
    respond = (_r, res) => {
      res.writeHead(status, { 'content-type': 'application/json', 'retry-after': '3' })
      res.end(errorBody)
    }
    const reply = await request(app.port, '/api/loanpro/odata.svc/Customers(1)')
    expect(reply.status).toBe(status)
    expect(reply.body).toBe(errorBody)
    expect(reply.headers['retry-after']).toBe('3')
    expectNoLeak(reply)
  })

  it('never leaks the token, even when the upstream echoes it in headers and body', async () => {
    respond = (received, res) => {
      res.writeHead(401, {
        'content-type': 'application/json',
        'set-cookie': 'sid=1',
        'www-authenticate': `Bearer ${TOKEN}`,
        'x-echo': received.headers['authorization'] ?? '',
        etag: `"${TOKEN}"`,
      })
      // Echo split over several writes so the token straddles chunk boundaries.
      const echo = JSON.stringify({ headers: received.headers })
      const mid = echo.indexOf(TOKEN) + 5
      res.write(echo.slice(0, mid))
      setTimeout(() => res.end(echo.slice(mid)), 20)
    }
    const reply = await request(app.port, '/api/loanpro/odata.svc/Customers(1)')
    expect(reply.status).toBe(401)
    expect(reply.body).toContain('[redacted]')
    expect(reply.headers['set-cookie']).toBeUndefined()
    expect(reply.headers['x-echo']).toBeUndefined()
    expect(reply.headers['www-authenticate']).toBeUndefined()
    expectNoLeak(reply)
  })

  it('decompresses a gzip upstream before passing the body on', async () => {
    respond = (_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      res.end(gzipSync('{"d":{"results":[]}}'))
    }
    const reply = await request(app.port, '/api/loanpro/odata.svc/Customers(1)?$expand=Phones')
    expect(reply.headers['content-encoding']).toBeUndefined()
    expect(reply.body).toBe('{"d":{"results":[]}}')
  })

  it('refuses cross-site requests and foreign Host names', async () => {
    const crossSite = await request(app.port, '/api/loanpro/odata.svc/Customers(1)', {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain' },
      body: 'x',
    })
    const foreignOrigin = await request(app.port, '/api/loanpro/odata.svc/Customers(1)', {
      method: 'DELETE',
      headers: { origin: 'https://evil.example' },
    })
    const rebound = await request(app.port, '/api/loanpro/odata.svc/Customers(1)', {
      headers: { host: `evil.example:${String(app.port)}` },
    })
    const sameOrigin = await request(app.port, '/api/loanpro/odata.svc/Customers(1)', {
      method: 'DELETE',
      headers: { origin: `http://127.0.0.1:${String(app.port)}`, 'sec-fetch-site': 'same-origin' },
    })
    expect([crossSite.status, foreignOrigin.status, rebound.status, sameOrigin.status]).toEqual([
      403, 403, 403, 200,
    ])
    expect(upstream.received).toHaveLength(1)
  })

  it('never forwards paths that would leave the configured base', async () => {
    for (const path of ['/api/loanpro/%2e%2e/%2e%2e/secret', '/api/loanpro/..%2f..%2fsecret']) {
      const reply = await request(app.port, path)
      expect(reply.body).not.toContain('"d"')
    }
    const outside = await request(app.port, '/api/loanpro//evil.example/x')
    expect(outside.status).toBe(404)
    expect(upstream.received).toEqual([])
  })

  it('targetUrl joins instead of resolving and stays under the base', () => {
    const base = new URL('https://loanpro.simnang.com/api/public/api/1/')
    const at = (path: string) => targetUrl(`http://127.0.0.1:4173${path}`, base)?.href ?? null
    expect(at('/api/loanpro/odata.svc/Customers(5)?$expand=Phones')).toBe(
      'https://loanpro.simnang.com/api/public/api/1/odata.svc/Customers(5)?$expand=Phones',
    )
    expect(at('/api/loanpro//evil.example/x')).toBe(
      'https://loanpro.simnang.com/api/public/api/1//evil.example/x',
    )
    expect(at('/api/loanpro/%2e%2e/%2e%2e/x')).toBeNull()
    expect(at('/api/loanpro/..%2f..%2fx')).toBeNull()
    expect(at('/api/loanpro/odata.svc/Customers?$filter=x%2Fy')).toContain('$filter=x%2Fy')
    expect(at('/api/other')).toBeNull()
  })
})

describe('a token with a slash, echoed by PHP as JSON', () => {
  it('is masked in its escaped form too', async () => {
    const token = 'ab/cd+ef==0123456789'
    const echo = await startUpstream((received, res) => {
      res.writeHead(401, { 'content-type': 'application/json' })
      // PHP's json_encode writes "/" as "\/".
      res.end(JSON.stringify({ auth: received.headers['authorization'] }).replace(/\//g, '\\/'))
    })
    const config = proxyConfig(echo.base)
    const running = await startApp(
      { ...config, proxy: config.proxy && { ...config.proxy, token } },
      fixture.dist,
    )
    const reply = await request(running.port, '/api/loanpro/odata.svc/Customers(1)')
    await running.close()
    await echo.close()
    expect(reply.body).toBe('{"auth":"Bearer [redacted]"}')
  })
})

describe('LoanPro proxy failures', () => {
  it('answers 502 in LoanPro error shape when the tenant is unreachable', async () => {
    const closed = await startUpstream(ok)
    await closed.close()
    const down = await startApp(proxyConfig(closed.base), fixture.dist)
    const reply = await request(down.port, '/api/loanpro/odata.svc/Customers(1)')
    await down.close()
    expect(reply.status).toBe(502)
    expect(JSON.parse(reply.body)).toEqual({
      error: { message: 'The LoanPro tenant could not be reached from the server.' },
    })
    expect(reply.body).not.toContain('127.0.0.1')
    expect(reply.headers['cache-control']).toBe('no-store')
  })

  it('answers 504 when the tenant does not answer in time', async () => {
    const slow = await startUpstream(() => {})
    const app504 = await startApp(proxyConfig(slow.base, 200), fixture.dist)
    const reply = await request(app504.port, '/api/loanpro/odata.svc/Customers(1)')
    await app504.close()
    await slow.close()
    expect(reply.status).toBe(504)
    expect(JSON.parse(reply.body)).toEqual({
      error: { message: 'The LoanPro tenant did not answer in time.' },
    })
    expect(app504.lines.join('\n')).toMatch(
      /GET \/api\/loanpro\/odata.svc\/Customers\(1\) 504 \d+ms/,
    )
  })
})
