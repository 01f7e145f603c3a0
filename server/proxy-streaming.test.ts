// @vitest-environment node
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import v8 from 'node:v8'
import vm from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServerConfig } from './config.ts'
import { makeDist, startApp, startUpstream, type Running } from './test-support.ts'

// Resource limits of the proxy (issue 16): backpressure towards a slow client, and a total
// response timeout for a body that stalls after its headers.
const TOKEN = 'tok-3b8e0d5a9c71-secret'
const MiB = 1024 * 1024
const BODY_BYTES = 64 * MiB
/** Stated bound: what a paused client may cost the server, socket buffers included. */
const MEMORY_BOUND = 16 * MiB

let fixture: Awaited<ReturnType<typeof makeDist>>
beforeAll(async () => {
  fixture = await makeDist()
})
afterAll(() => fixture.cleanup())

const config = (apiBase: string, totalTimeoutMs: number): ServerConfig => ({
  port: 0,
  host: '127.0.0.1',
  mode: 'proxy',
  proxy: { apiBase, tenantId: '5200000', token: TOKEN, timeoutMs: 5_000, totalTimeoutMs },
  allowedHosts: [],
})

/** Opens a GET through the proxy and hands back the response without reading it. */
function open(app: Running, headers: Record<string, string> = {}) {
  return new Promise<http.IncomingMessage>((resolve, reject) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: app.port,
        path: '/api/loanpro/odata.svc/Customers(1)',
        headers: { accept: 'application/json, msw/passthrough', ...headers },
      },
      resolve,
    )
    req.on('error', reject)
  })
}

// Garbage is not growth: collect it before each reading.
v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void
const memory = () => {
  gc()
  const { arrayBuffers, heapUsed } = process.memoryUsage()
  return arrayBuffers + heapUsed
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('proxy streaming', () => {
  it.each(['gzip', 'identity'])(
    'holds the upstream back for a client that does not read (Accept-Encoding %s)',
    async (acceptEncoding) => {
      // Barely compressible JSON text (base64 of random bytes; gzip's window is 32 KiB, so the
      // repeated 64 KiB chunk does not help it), written only as fast as the proxy takes it.
      const chunk = Buffer.from(randomBytes(48 * 1024).toString('base64'))
      let written = 0
      const upstream = await startUpstream((_r, res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        let own = 0
        const pump = () => {
          while (own < BODY_BYTES) {
            own += chunk.length
            written += chunk.length
            if (!res.write(chunk)) return void res.once('drain', pump)
          }
          res.end()
        }
        pump()
      })
      const app = await startApp(config(upstream.base, 60_000), fixture.dist)
      const before = memory()
      const responses = await Promise.all(
        [1, 2, 3].map(() => open(app, { 'accept-encoding': acceptEncoding })),
      )
      responses.forEach((response) => response.pause())
      await pause(1500)
      const grown = memory() - before
      const sent = written
      responses.forEach((response) => response.destroy())
      await app.close()
      await upstream.close()
      // Three paused clients: without backpressure the upstream sends all 3 × 64 MiB; with it,
      // what the loopback sockets' kernel buffers take (a few MiB each).
      expect(sent, `upstream sent ${String(sent)} bytes`).toBeLessThan(3 * 16 * MiB)
      expect(grown, `memory grew ${String(grown)} bytes`).toBeLessThan(MEMORY_BOUND)
    },
  )

  it('ends a body that stalls after its headers at the total timeout', async () => {
    const upstream = await startUpstream((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"d":{"results":[')
      // ...and nothing more.
    })
    const app = await startApp(config(upstream.base, 800), fixture.dist)
    const response = await open(app)
    const ended = await new Promise<string>((resolve) => {
      const timer = setTimeout(() => resolve('still open after 5 s'), 5_000)
      response.on('data', () => undefined)
      const done = (how: string) => () => {
        clearTimeout(timer)
        resolve(how)
      }
      response.on('end', done('ended'))
      response.on('error', done('closed'))
      response.on('aborted', done('closed'))
      response.on('close', done('closed'))
    })
    await app.close()
    await upstream.close()
    expect(response.statusCode).toBe(200)
    expect(ended).not.toBe('still open after 5 s')
  })
})
