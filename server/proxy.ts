import http from 'node:http'
import https from 'node:https'
import type { Readable } from 'node:stream'
import { pipeline, type Transform } from 'node:stream'
import { createBrotliDecompress, createGunzip, createGzip, createInflate } from 'node:zlib'
import type { Context, Handler } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ProxyConfig } from './config.ts'
import { checkRoute } from './proxy-routes.ts'
import { containsSecret, redactStream } from './redact-stream.ts'

export const PROXY_PREFIX = '/api/loanpro/'
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

declare module 'hono' {
  interface ContextVariableMap {
    /** Set when the upstream request failed: the audit log tells a timeout from no answer. */
    upstreamFailure: 'timeout' | 'unreachable'
  }
}

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
 * Forwards the app's own LoanPro requests (proxy-routes.ts) from /api/loanpro/<rest> to
 * `${apiBase}<rest>` with the tenant's credentials added here, so the token stays on the server.
 * Upstream statuses and JSON bodies pass through (the app reads LoanPro's error bodies),
 * streamed with backpressure, with the token masked should the upstream echo it. Anything but
 * JSON is refused: served on the app's origin, upstream HTML or script would run as the app.
 */
export function loanProProxy(config: ProxyConfig, transport = nodeTransport): Handler {
  const base = new URL(config.apiBase)
  return async (c) => {
    const target = targetUrl(c.req.url, base)
    if (!target) return errorJson(c, 400, 'Not a LoanPro API path.')
    const route = checkRoute(c.req.method, target.pathname.slice(base.pathname.length))
    // A refusal still reads the (size-limited) body, so the connection stays in step.
    if (route !== 'allowed' && c.req.method !== 'GET') await c.req.arrayBuffer().catch(() => null)
    if (route === 'unknown-path') {
      return errorJson(c, 404, 'The server does not forward this LoanPro path.')
    }
    if (route === 'method-not-allowed') {
      return errorJson(c, 405, `The server does not forward ${c.req.method} for this path.`)
    }

    const headers: Record<string, string> = {}
    for (const name of REQUEST_HEADERS) {
      const value = c.req.header(name)
      if (value !== undefined) headers[name] = value
    }
    headers['authorization'] = `Bearer ${config.token}`
    headers['autopal-instance-id'] = config.tenantId
    // Plain bytes, in which the token can be found and masked (encoded answers are decoded).
    headers['accept-encoding'] = 'identity'
    const body = c.req.method === 'GET' ? null : await c.req.arrayBuffer()
    if (body) headers['content-length'] = String(body.byteLength)

    // The whole exchange, body included, ends at totalTimeoutMs: a stalled body cannot hold
    // the browser's connection open. Aborting also ends the upstream request.
    const total = AbortSignal.any([c.req.raw.signal, AbortSignal.timeout(config.totalTimeoutMs)])
    let upstream: http.IncomingMessage
    try {
      upstream = await send(transport, target, c.req.method, headers, body, config.timeoutMs, total)
    } catch (error) {
      const timedOut = error instanceof UpstreamTimeout || total.aborted
      c.set('upstreamFailure', timedOut ? 'timeout' : 'unreachable')
      return timedOut
        ? errorJson(c, 504, 'The LoanPro tenant did not answer in time.')
        : errorJson(c, 502, 'The LoanPro tenant could not be reached from the server.')
    }

    const token = config.token
    const out = new Headers({ 'Cache-Control': 'no-store' })
    for (const name of RESPONSE_HEADERS) {
      const value = upstream.headers[name]
      if (typeof value === 'string' && !containsSecret(value, token)) out.set(name, value)
    }
    const status = upstream.statusCode ?? 502
    if (status === 204 || status === 304 || upstream.headers['content-length'] === '0') {
      upstream.resume()
      return new Response(null, { status, headers: out })
    }
    if (!isJson(upstream.headers['content-type'])) {
      upstream.destroy()
      // An error status (a gateway's 429 or 503 page) keeps its meaning for the app's retries.
      const message = 'The LoanPro tenant answered with something other than JSON.'
      c.header('Cache-Control', 'no-store')
      return status >= 400 && status <= 599
        ? c.json({ error: { message } }, status as ContentfulStatusCode)
        : errorJson(c, 502, message)
    }
    const decoders = decodersFor(upstream.headers['content-encoding'])
    if (!decoders) {
      upstream.destroy()
      return errorJson(c, 502, 'The LoanPro tenant answered in an encoding the server cannot read.')
    }
    // Compressed here, in the Node pipeline, so backpressure holds end to end (the app-wide
    // compress() leaves responses that already have a Content-Encoding alone).
    const gzip = /\bgzip\b/i.test(c.req.header('accept-encoding') ?? '')
    if (gzip) {
      out.set('Content-Encoding', 'gzip')
      out.set('Vary', 'Accept-Encoding')
    }
    const encoders = gzip ? [createGzip()] : []
    const stream = pipeline([upstream, ...decoders, redactStream(token), ...encoders], () => {
      // Errors mid-body (the total timeout included) only truncate it: the status is sent.
    }) as Transform
    return new Response(pullStream(stream), { status, headers: out })
  }
}

/**
 * A web stream that reads the next chunk only when its reader asks for one. Node 20's
 * Readable.toWeb counts chunks, not bytes, against a 16,384 high-water mark, so it would buffer
 * a whole upstream body for a client that reads slowly.
 */
export function pullStream(stream: Readable): ReadableStream<Uint8Array> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { value, done } = await chunks.next()
        if (done) controller.close()
        else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))
      },
      async cancel() {
        stream.destroy()
        await chunks.return?.()
      },
    },
    { highWaterMark: 0 },
  )
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json'
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

/**
 * Decoders for a Content-Encoding list, undoing the last-applied coding first ("gzip, br"
 * means gzip, then br). Null for a coding the server cannot undo.
 */
export function decodersFor(header: string | undefined): Transform[] | null {
  const codings = (header ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity')
  const decoders: Transform[] = []
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') decoders.push(createGunzip())
    else if (coding === 'deflate') decoders.push(createInflate())
    else if (coding === 'br') decoders.push(createBrotliDecompress())
    else return null
  }
  return decoders
}

export function send(
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
