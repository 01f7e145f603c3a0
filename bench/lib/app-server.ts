import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { buildApp } from '../../server/app.ts'
import { readConfig } from '../../server/config.ts'
import type { FakeTenant } from './fake-tenant.ts'

export interface AppServer {
  origin: string
  stop(): Promise<void>
}

/**
 * The production server (server/app.ts) over a built dist folder, on a free port: in demo
 * mode, or proxying /api/loanpro/* to the fake tenant, so that its latency is real.
 */
export async function startAppServer(distDir: string, tenant?: FakeTenant): Promise<AppServer> {
  const env: Record<string, string> = { PORT: '0', HOST: '127.0.0.1' }
  if (tenant) {
    env.LOANPRO_API_BASE = tenant.baseUrl
    env.LOANPRO_TENANT_ID = tenant.tenantId
    env.LOANPRO_API_TOKEN = tenant.token
  }
  const { config } = readConfig(env)
  // The request log would print every request of every run: keep it quiet.
  const app = buildApp({ config, distDir, log: () => undefined })
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: config.host }, () => {
      const { port } = server.address() as AddressInfo
      resolve({
        origin: `http://127.0.0.1:${String(port)}`,
        stop: () => new Promise<void>((done) => server.close(() => done())),
      })
    })
  })
}
