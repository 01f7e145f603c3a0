import http from 'node:http'
import https from 'node:https'
import { Readable, pipeline, type Transform } from 'node:stream'
import { createGunzip, createInflate, createBrotliDecompress } from 'node:zlib'
import type { Context, Handler } from 'hono'
import type { ProxyConfig } from './config.ts'
import { redactStream } from './redact-stream.ts'

export const PROXY_PREFIX = '/api/loanpro/'
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'])
// Allowlists: hop-by-hop headers, cookies and any browser-sent credentials never pass.
const REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'if-none-match']
const RESPONSE_HEADERS = [
  'content-type',
  'content-language',
  'retry-after',
  'etag',
  'last-modified',
]

class UpstreamTimeout extends Error {}

/** Opens the upstream request; injectable so tests can mark their calls for MSW. */
export type UpstreamTransport = (url: URL, options: http.RequestOptions) => http.ClientRequest

export const nodeTransport: UpstreamTransport = (url, options) =>
  url.protocol === 'https:' ? https.request(url, options) : http.request(url, options)

export function errorJson(
  c: Context,
  status: 400 | 403 | 404 | 405 | 413 | 502 | 504,
  message: string,
) {
  c.header('Cache-Control', 'no-store')
  return c.json({ error: { message } }, status)
}

/**
 * Forwards /api/loanpro/<rest> to `${apiBase}<rest>` with the tenant's credentials added here,
 * so the token stays on the server. Upstream statuses and bodies pass through (the app reads
 * LoanPro's error bodies), streamed, with the token masked should the upstream echo it.
 */
export function loanProProxy(config: ProxyConfig, transport = nodeTransport): Handler {
  const base = new URL(config.apiBase)
  return async (c) => {
    if (!METHODS.has(c.req.method)) return errorJson(c, 405, 'Method not allowed.')
    const target = targetUrl(c.req.url, base)
    if (!target) return errorJson(c, 400, 'Not a LoanPro API path.')

    const headers: Record<string, string> = {}
    for (const name of REQUEST_HEADERS) {
      const value = c.req.header(name)
      if (value !== undefined) headers[name] = value
    }
    headers['authorization'] = `Bearer ${config.token}`
    headers['autopal-instance-id'] = config.tenantId
    headers['accept-encoding'] = 'gzip'
    const body =
      c.req.method === 'GET' || c.req.method === 'HEAD' ? null : await c.req.arrayBuffer()
    if (body) headers['content-length'] = String(body.byteLength)

    let upstream: http.IncomingMessage
    try {
      upstream = await send(
        transport,
        target,
        c.req.method,
        headers,
        body,
        config.timeoutMs,
        c.req.raw.signal,
      )
    } catch (error) {
      return error instanceof UpstreamTimeout
        ? errorJson(c, 504, 'The LoanPro tenant did not answer in time.')
        : errorJson(c, 502, 'The LoanPro tenant could not be reached from the server.')
    }

    const secrets = tokenForms(config.token)
    const out = new Headers({ 'Cache-Control': 'no-store' })
    for (const name of RESPONSE_HEADERS) {
      const value = upstream.headers[name]
      if (typeof value === 'string' && !secrets.some((secret) => value.includes(secret))) {
        out.set(name, value)
      }
    }
    const status = upstream.statusCode ?? 502
    if (c.req.method === 'HEAD' || status === 204 || status === 304) {
      upstream.resume()
      return new Response(null, { status, headers: out })
    }
    const decoded = decoder(upstream.headers['content-encoding'])
    const stages: NodeJS.ReadWriteStream[] = decoded ? [decoded] : []
    const stream = pipeline([upstream, ...stages, ...secrets.map(redactStream)], () => {
      // Errors mid-body only truncate the response: the status has already been sent.
    }) as Transform
    const webStream = Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>
    return new Response(webStream, { status, headers: out })
  }
}

/**
 * The token as it may appear in an upstream body: as is, and as a JSON string escapes it
 * (PHP, which LoanPro runs on, also writes `/` as `\/`).
 */
export function tokenForms(token: string): string[] {
  const escaped = JSON.stringify(token).slice(1, -1).replace(/\//g, '\\/')
  return escaped === token ? [token] : [token, escaped]
}

/** Joins rather than resolves, so '//host' or '..' can never leave the configured base. */
export function targetUrl(requestUrl: string, base: URL): URL | null {
  const incoming = new URL(requestUrl)
  if (!incoming.pathname.startsWith(PROXY_PREFIX)) return null
  const restPath = incoming.pathname.slice(PROXY_PREFIX.length)
  // Encoded slashes or dots could be decoded into a traversal by a server further along.
  if (/%2f|%5c|%2e/i.test(restPath)) return null
  const rest = restPath + incoming.search
  let target: URL
  try {
    target = new URL(base.href + rest)
  } catch {
    return null
  }
  const inside = target.origin === base.origin && target.pathname.startsWith(base.pathname)
  return inside ? target : null
}

function decoder(encoding: string | undefined): Transform | null {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
      return createGunzip()
    case 'deflate':
      return createInflate()
    case 'br':
      return createBrotliDecompress()
    default:
      return null
  }
}

function send(
  transport: UpstreamTransport,
  target: URL,
  method: string,
  headers: Record<string, string>,
  body: ArrayBuffer | null,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = transport(target, { method, headers, signal })
    const timer = setTimeout(() => request.destroy(new UpstreamTimeout()), timeoutMs)
    request.on('response', (response) => {
      clearTimeout(timer)
      resolve(response)
    })
    request.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    request.end(body ? Buffer.from(body) : undefined)
  })
}
