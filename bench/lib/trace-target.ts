import type { Browser } from '@playwright/test'
import { startAppServer } from './app-server.ts'
import { launchBrowser } from './browser.ts'
import { startFakeTenant } from './fake-tenant.ts'
import { buildFloor, serveStatic } from './floor-app.ts'

// What the trace tools (trace-first-row, trace-overview) share: the events they read, the
// categories they record, and the side under test served beside a fake tenant.

export interface TraceEvent {
  name: string
  cat?: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: Record<string, unknown>
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
]

export interface TraceTarget {
  browser: Browser
  /** The customers list of the side under test. */
  url: string
  stop(): Promise<void>
}

/**
 * The floor, or a built app (`dist`) through the production server's proxy or on its demo,
 * beside a 100,000-customer fake tenant that answers whole pages; and a browser.
 */
export async function startTraceTarget(side: string, dist: string): Promise<TraceTarget> {
  if (!dist && side !== 'floor') throw new Error('Pass --dist=<vite build output>.')
  const tenant = await startFakeTenant(100_000, 0)
  await tenant.setShortSearchRate(0)
  const server =
    side === 'floor'
      ? await serveStatic(await buildFloor(console.log))
      : await startAppServer(dist, side === 'proxy' ? tenant : undefined)
  const browser = await launchBrowser()
  const floorQuery = new URLSearchParams({
    api: tenant.baseUrl,
    token: tenant.token,
    tenant: tenant.tenantId,
  })
  const url =
    side === 'floor'
      ? `${server.origin}/customers?${floorQuery.toString()}`
      : side === 'proxy'
        ? `${server.origin}/customers`
        : `${server.origin}/customers?demoSize=100000&demoLatency=0`
  return {
    browser,
    url,
    async stop() {
      await browser.close()
      await server.stop()
      await tenant.stop()
    },
  }
}
