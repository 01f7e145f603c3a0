import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { serve } from '@hono/node-server'
import { buildApp } from './app.ts'
import type { ServerConfig } from './config.ts'
import { nodeTransport, type UpstreamTransport } from './proxy.ts'

// Test helpers. The shared test setup runs MSW with onUnhandledRequest 'error', which also
// intercepts node:http. MSW lets requests whose Accept includes 'msw/passthrough' (what its
// bypass() adds) through, so both the test client and the proxy's transport add it.
const PASSTHROUGH = 'msw/passthrough'
const withPassthrough = (accept: unknown) =>
  typeof accept === 'string' && accept ? `${accept}, ${PASSTHROUGH}` : PASSTHROUGH

const testTransport: UpstreamTransport = (url, options) => {
  // The proxy always passes a plain header record.
  const headers = { ...(options.headers as Record<string, string> | undefined) }
  headers['accept'] = withPassthrough(headers['accept'])
  return nodeTransport(url, { ...options, headers })
}

export const INDEX_HTML =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>CM</title>' +
  '<script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>'

/** A dist/ fixture inside a temp folder, with a secret file next to it for traversal tests. */
export async function makeDist(): Promise<{
  root: string
  dist: string
  cleanup: () => Promise<void>
}> {
  const root = await mkdtemp(path.join(tmpdir(), 'cm-server-'))
  const dist = path.join(root, 'dist')
  await mkdir(path.join(dist, 'assets'), { recursive: true })
  await writeFile(path.join(dist, 'index.html'), INDEX_HTML)
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), 'console.log("app");'.repeat(200))
  await writeFile(path.join(dist, 'assets', 'index-abc123.css'), 'body{margin:0}')
  await writeFile(path.join(dist, 'mockServiceWorker.js'), '/* msw */')
  await writeFile(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  await writeFile(path.join(dist, '.env'), 'SECRET=dotfile')
  await writeFile(path.join(root, 'secret.txt'), 'outside dist')
  return { root, dist, cleanup: () => rm(root, { recursive: true, force: true }) }
}

export interface Running {
  port: number
  lines: string[]
  close: () => Promise<void>
}

export function demoConfig(): ServerConfig {
  return { port: 0, host: '127.0.0.1', mode: 'demo', proxy: null, allowedHosts: [] }
}

export async function startApp(config: ServerConfig, distDir: string): Promise<Running> {
  const lines: string[] = []
  const app = buildApp({
    config,
    distDir,
    log: (line) => lines.push(line),
    transport: testTransport,
  })
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({ port: info.port, lines, close: () => closeServer(server) })
    })
  })
}

export interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

export function request(
  port: number,
  urlPath: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const headers = { ...options.headers, accept: withPassthrough(options.headers?.accept) }
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        method: options.method ?? 'GET',
        headers,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

export interface Received {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: string
}

/** A stand-in LoanPro tenant on 127.0.0.1 that records what it received. */
export async function startUpstream(
  respond: (received: Received, res: http.ServerResponse) => void,
): Promise<{ base: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const entry = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      }
      received.push(entry)
      respond(entry, res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${String(port)}/api/public/api/1/`,
    received,
    close: () => closeServer(server),
  }
}

function closeServer(server: {
  close: (cb: (err?: Error) => void) => void
  closeAllConnections?: () => void
}) {
  return new Promise<void>((resolve) => {
    server.closeAllConnections?.()
    server.close(() => resolve())
  })
}
