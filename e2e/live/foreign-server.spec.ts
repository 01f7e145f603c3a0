import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import { test, expect } from './live-fixtures'
import { FAKE_BASE, FAKE_TENANT, FAKE_TOKEN, LIVE_INSTANCE } from './live-env'
import { assertOwnServer, ForeignServerError } from '../support/own-server'

// Issue 16: with `npm start` left running on 4173 in proxy mode (as the README describes for a
// real tenant), the e2e suite reused it and deleted customers there. Here that server proxies
// to the fake tenant: the suites' guard refuses it, and the tenant receives no DELETE.

const FOREIGN_PORT = 4173

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

function startForeignServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      CM_INSTANCE: '',
      CM_SKIP_BUILD: '1',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOANPRO_API_BASE: FAKE_BASE,
      LOANPRO_TENANT_ID: FAKE_TENANT,
      LOANPRO_API_TOKEN: FAKE_TOKEN,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`npm start did not start: ${output}`)), 60_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Customer Manager on http://')) {
        clearTimeout(timer)
        resolve(child)
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.on('exit', () => reject(new Error(`npm start exited: ${output}`)))
  })
}

test('the e2e guard refuses a server it did not start; the tenant behind it gets no DELETE', async ({
  fake,
}) => {
  expect(await portFree(FOREIGN_PORT), `port ${String(FOREIGN_PORT)} must be free`).toBe(true)
  await fake.reset()
  const server = await startForeignServer(FOREIGN_PORT)
  try {
    const origin = `http://127.0.0.1:${String(FOREIGN_PORT)}`
    // What the demo suite's and the live suite's global setups check before any journey.
    for (const expected of [
      { tenant: 'demo', instance: 'main-run' },
      { tenant: 'proxy', instance: LIVE_INSTANCE },
    ] as const) {
      const refusal = await assertOwnServer(origin, expected).then(
        () => null,
        (error: unknown) => error,
      )
      expect(refusal).toBeInstanceOf(ForeignServerError)
      expect(String(refusal)).toContain(`Refusing to run the e2e tests against ${origin}`)
    }

    // The demo suite's config picks a free port for a server of its own and never reuses one.
    const { default: config } = await import('../../playwright.config')
    const webServer = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer
    expect(webServer?.reuseExistingServer).toBe(false)
    expect(webServer?.url).not.toContain(`:${String(FOREIGN_PORT)}`)
    expect(config.globalSetup).toContain('global-setup')
  } finally {
    server.kill('SIGTERM')
  }
  const log = await fake.log()
  expect(log.requests.filter((r) => r.method === 'DELETE')).toEqual([])
  expect(log.requests).toEqual([])
})
