// @vitest-environment node
import type http from 'node:http'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ServerConfig } from './config.ts'
import { API_CONTENT_SECURITY_POLICY } from './security-headers.ts'
import {
  makeDist,
  request,
  startApp,
  startUpstream,
  type Received,
  type Running,
} from './test-support.ts'

// Findings of issue 16, one test each: what the proxy forwards, serves, redacts and logs.
const TOKEN = 'tok-7c1d9e2f4a6b-secret'
type Respond = (received: Received, res: http.ServerResponse) => void
const json: Respond = (_r, res) => {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end('{"d":{"id":1}}')
}
let respond: Respond = json
let fixture: Awaited<ReturnType<typeof makeDist>>
let upstream: Awaited<ReturnType<typeof startUpstream>>
let app: Running

const config = (apiBase: string, overrides: Partial<ServerConfig> = {}): ServerConfig => ({
  port: 0,
  host: '127.0.0.1',
  mode: 'proxy',
  proxy: { apiBase, tenantId: '5200000', token: TOKEN, timeoutMs: 5_000, totalTimeoutMs: 60_000 },
  allowedHosts: ['cm.example.com'],
  ...overrides,
})

beforeAll(async () => {
  fixture = await makeDist()
  upstream = await startUpstream((received, res) => respond(received, res))
  app = await startApp(config(upstream.base), fixture.dist)
})
afterAll(async () => {
  await app.close()
  await upstream.close()
  await fixture.cleanup()
})
beforeEach(() => {
  respond = json
  upstream.received.length = 0
})

const CUSTOMER = '/api/loanpro/odata.svc/Customers(1)'

describe('host check (DNS rebinding)', () => {
  it('accepts exact loopback names and ALLOWED_HOSTS, never a prefix', async () => {
    const status = async (host: string) =>
      (await request(app.port, CUSTOMER, { headers: { host } })).status
    const port = String(app.port)
    expect(await status(`127.0.0.1:${port}`)).toBe(200)
    expect(await status(`localhost:${port}`)).toBe(200)
    expect(await status(`[::1]:${port}`)).toBe(200)
    expect(await status(`cm.example.com:${port}`)).toBe(200)
    expect(await status(`127.evil.example:${port}`)).toBe(403)
    expect(await status(`127.0.0.1.evil.example:${port}`)).toBe(403)
    expect(await status(`localhost.evil.example:${port}`)).toBe(403)
    expect(await status(`cm.example.com.evil.example:${port}`)).toBe(403)
    expect(upstream.received).toHaveLength(4)
  })
})

describe('what the proxy forwards', () => {
  it.each([
    ['PUT', CUSTOMER, 405],
    ['PATCH', CUSTOMER, 405],
    ['POST', CUSTOMER, 405],
    ['DELETE', '/api/loanpro/odata.svc/Customers(1)/Phones', 405],
    ['GET', '/api/loanpro/odata.svc/Loans(1)', 404],
    ['GET', '/api/loanpro/odata.svc/Customers', 404],
    ['POST', '/api/loanpro/Loans/Autopal.Search()', 404],
    ['GET', '/api/loanpro/odata.svc/Customers(1)/Phones/../../Loans(2)', 404],
  ])('refuses %s %s with %i and sends nothing upstream', async (method, path, status) => {
    const reply = await request(app.port, path, {
      method,
      body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
    })
    expect(reply.status, reply.body).toBe(status)
    expect(upstream.received).toEqual([])
  })

  it('forwards the requests the app makes', async () => {
    const paths = [
      ['POST', '/api/loanpro/Customers/Autopal.Search()?$top=25&$start=0'],
      ['GET', '/api/loanpro/odata.svc/Customers(7)?$expand=Phones,PaymentAccounts/CreditCard'],
      ['GET', '/api/loanpro/odata.svc/Customers(7)/PaymentAccounts?$expand=CheckingAccount'],
      ['DELETE', '/api/loanpro/odata.svc/Customers(7)'],
    ] as const
    for (const [method, path] of paths) {
      const reply = await request(app.port, path, {
        method,
        body: method === 'POST' ? '{}' : undefined,
      })
      expect(reply.status).toBe(200)
    }
    expect(upstream.received.map((r) => r.method)).toEqual(['POST', 'GET', 'GET', 'DELETE'])
    expect(upstream.received.every((r) => r.headers['accept-encoding'] === 'identity')).toBe(true)
  })
})

describe('what the proxy serves', () => {
  it('never serves an upstream text/html answer as HTML', async () => {
    respond = (_r, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end('<script>alert(document.cookie)</script>')
    }
    const reply = await request(app.port, CUSTOMER)
    expect(reply.status).toBe(502)
    expect(reply.headers['content-type']).toMatch(/^application\/json/)
    expect(reply.body).not.toContain('<script>')
    expect(JSON.parse(reply.body)).toEqual({
      error: { message: 'The LoanPro tenant answered with something other than JSON.' },
    })
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.headers['content-security-policy']).toBe(API_CONTENT_SECURITY_POLICY)
  })

  it('keeps an error status of a non-JSON answer (a gateway 429) with a JSON body', async () => {
    respond = (_r, res) => {
      res.writeHead(429, { 'content-type': 'text/html', 'retry-after': '2' })
      res.end('<h1>Too many requests</h1>')
    }
    const reply = await request(app.port, CUSTOMER)
    expect(reply.status).toBe(429)
    expect(reply.headers['content-type']).toMatch(/^application\/json/)
    expect(reply.body).not.toContain('<h1>')
  })

  it('serves JSON with nosniff and a sandboxing CSP', async () => {
    const reply = await request(app.port, CUSTOMER)
    expect(reply.headers['content-type']).toMatch(/^application\/json/)
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.headers['content-security-policy']).toContain('sandbox')
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'")
  })
})

describe('token redaction', () => {
  const echoed = `{"auth":"Bearer ${TOKEN}","again":"${TOKEN}"}`
  it.each([
    ['gzip', gzipSync(echoed)],
    ['x-gzip', gzipSync(echoed)],
    ['gzip, gzip', gzipSync(gzipSync(echoed))],
    ['identity', Buffer.from(echoed)],
  ])('masks the token in a %s body', async (encoding, body) => {
    respond = (_r, res) => {
      res.writeHead(401, { 'content-type': 'application/json', 'content-encoding': encoding })
      res.end(body)
    }
    const reply = await request(app.port, CUSTOMER)
    expect(reply.status).toBe(401)
    expect(reply.body).toBe('{"auth":"Bearer [redacted]","again":"[redacted]"}')
  })

  it('refuses an encoding it cannot read rather than pass it on', async () => {
    respond = (_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'zstd' })
      res.end(Buffer.from(echoed))
    }
    const reply = await request(app.port, CUSTOMER)
    expect(reply.status).toBe(502)
    expect(reply.body).not.toContain(TOKEN)
  })

  it('masks the token written with \\u escapes', async () => {
    const escapeAll = (text: string, upper: boolean) =>
      [...text]
        .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .map((e) => (upper ? e.toUpperCase().replace('\\U', '\\u') : e))
        .join('')
    const mixed = TOKEN.slice(0, 5) + escapeAll(TOKEN.slice(5, 9), true) + TOKEN.slice(9)
    respond = (_r, res) => {
      res.writeHead(401, { 'content-type': 'application/json' })
      res.end(`{"a":"${escapeAll(TOKEN, false)}","b":"${mixed}"}`)
    }
    const reply = await request(app.port, CUSTOMER)
    expect(reply.body).toBe('{"a":"[redacted]","b":"[redacted]"}')
  })

  it('does not garble ordinary words (tokens are long)', async () => {
    respond = (_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"customerType":"Tampa"}')
    }
    expect((await request(app.port, CUSTOMER)).body).toBe('{"customerType":"Tampa"}')
  })
})

describe('request log', () => {
  it('writes percent-encoded line breaks as escapes: no forged log line', async () => {
    const before = app.lines.length
    await request(app.port, '/x%0D%0AGET%20/admin%20200%201ms%0Ay%E2%80%A8z')
    const written = app.lines.slice(before)
    expect(written).toHaveLength(1)
    expect(written.join('\n').split(/\r|\n|\u2028/)).toHaveLength(1)
    expect(written[0]).toContain('\\u000d\\u000aGET /admin')
  })
})
