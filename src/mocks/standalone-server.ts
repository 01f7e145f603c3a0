import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getResponse } from 'msw'
import type { FaultKnobs } from './faults'
import type { StrictKnobs } from './strictness'
import { createLoanProHandlers } from './handlers'
import { CORS_HEADERS, jsonResponse } from './http-responses'
import { TenantStore, type TenantStoreOptions } from './tenant-store'

export interface StandaloneServerOptions extends TenantStoreOptions {
  port?: number
  host?: string
}

export interface StandaloneServer {
  /** e.g. `http://127.0.0.1:8787/api/public/api/1/` */
  baseUrl: string
  port: number
  store(): TenantStore
  close(): Promise<void>
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks)
}

async function toFetchRequest(
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<Request> {
  const controller = new AbortController()
  // The client went away (gave up on a hanging request): stop waiting for it.
  res.on('close', () => controller.abort())
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) headers.set(name, value.join(', '))
  }
  const method = req.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req)
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: body && body.length > 0 ? new Uint8Array(body) : undefined,
    signal: controller.signal,
  })
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  if (response.type === 'error') {
    res.socket?.destroy() // dropRate: a connection reset, as the network would do it
    return
  }
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => (headers[name] = value))
  res.writeHead(response.status, headers)
  res.end(Buffer.from(await response.arrayBuffer()))
}

/** Test control API (standalone server only): faults, reset, request log. */
async function control(
  path: string,
  request: Request,
  current: () => TenantStore,
  reset: () => void,
) {
  const store = current()
  if (path === '/__fake/faults' && request.method === 'POST') {
    store.faults.configure((await request.json()) as Partial<FaultKnobs>)
    return jsonResponse(200, { faults: { ...store.faults.settings } })
  }
  if (path === '/__fake/strictness' && request.method === 'POST') {
    Object.assign(store.strictness, (await request.json()) as Partial<StrictKnobs>)
    return jsonResponse(200, { strictness: { ...store.strictness } })
  }
  if (path === '/__fake/reset' && request.method === 'POST') {
    reset()
    return jsonResponse(200, { ok: true })
  }
  if (path === '/__fake/requests' && request.method === 'GET') {
    const requests = store.requests.map((r) => ({ ...r }))
    return jsonResponse(200, {
      requests,
      deleteCounts: store.deleteCountById(),
      deletedIds: store.deletedIds(),
    })
  }
  return undefined
}

/** A real HTTP server with the fake tenant, for e2e tests and live mode. */
export async function startStandaloneServer(
  options: StandaloneServerOptions = {},
): Promise<StandaloneServer> {
  const { port = 8787, host = '127.0.0.1', ...storeOptions } = options
  // Build the index between requests from the start, sorts included (a process, not a page).
  let stopWarmUp = () => {}
  const makeStore = () => {
    stopWarmUp()
    const fresh = new TenantStore(storeOptions)
    stopWarmUp = fresh.warmUp((slice) => setImmediate(slice), { sorts: true })
    return fresh
  }
  let store = makeStore()
  const handlers = createLoanProHandlers(() => store, { realHttp: true })
  let origin = ''
  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        const request = await toFetchRequest(req, res, origin)
        const path = new URL(request.url).pathname
        const response =
          (path.startsWith('/__fake/')
            ? await control(
                path,
                request,
                () => store,
                () => (store = makeStore()),
              )
            : await getResponse(handlers, request)) ??
          jsonResponse(404, {
            error: { message: `No route for ${path}`, type: 'NotFound', code: 404 },
          })
        await writeResponse(res, response)
      } catch (error) {
        if (!res.headersSent) res.writeHead(500, { ...CORS_HEADERS, 'Content-Type': 'text/plain' })
        res.end(error instanceof Error ? error.message : 'Internal error')
      }
    })()
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const actualPort = (server.address() as AddressInfo).port
  origin = `http://${host}:${actualPort}`
  return {
    baseUrl: `${origin}/api/public/api/1/`,
    port: actualPort,
    store: () => store,
    close: () =>
      new Promise<void>((resolve) => {
        stopWarmUp()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
