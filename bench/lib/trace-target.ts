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

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
]

/**
 * Blink's events inside style and layout (with `--fonts`): each font the page sets up, its look-
 * ups in the browser process (on Linux a synchronous round trip each), and each SVG image's own
 * document. They add events to the trace, so the timed figures are left without them.
 */
const FONT_CATEGORIES = ['blink', 'fonts']

/** The categories a tool traces: the timeline's, and with `--fonts` Blink's font events too. */
export function traceCategories(fonts: boolean): string[] {
  return fonts ? [...TRACE_CATEGORIES, ...FONT_CATEGORIES] : TRACE_CATEGORIES
}

/**
 * One line: the fonts set up and SVG image documents made on the main thread, and their time;
 * null when the trace was taken without the font categories.
 */
export function fontSetUps(main: readonly TraceEvent[]): string | null {
  if (!main.some((e) => e.name === 'FontCache::GetFontPlatformData')) return null
  const total = (name: string, outermost = false) => {
    let found = main.filter((e) => e.name === name)
    // GetFontPlatformData nests in itself (a family's look-up inside the font's).
    if (outermost)
      found = found.filter(
        (e) =>
          !found.some((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0)),
      )
    const ms = found.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000
    return `${String(found.length)} (${ms.toFixed(1)} ms)`
  }
  return [
    `fonts set up ${total('FontCache::GetFontPlatformData', true)}`,
    `of which size look-ups ${total('WebSandboxSupportLinux::GetWebFontRenderStyleForStrike')}`,
    `family look-ups ${total('FontDataManager::onMatchFamilyStyle')}`,
    `SVG image documents ${total('IsolatedSVGDocumentHost::IsolatedSVGDocumentHost')}`,
  ].join(', ')
}

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
export async function startTraceTarget(
  side: string,
  dist: string,
  latencyMs = 0,
): Promise<TraceTarget> {
  if (!dist && side !== 'floor') throw new Error('Pass --dist=<vite build output>.')
  const tenant = await startFakeTenant(100_000, latencyMs)
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

/** A task's inner events matching `names`, summed per name, largest first. */
export function innerTimes(
  main: readonly TraceEvent[],
  task: TraceEvent,
  names: RegExp,
): Array<[string, number]> {
  const end = task.ts + (task.dur ?? 0)
  const inner = new Map<string, number>()
  for (const e of main) {
    if (e === task || e.ts < task.ts || e.ts >= end || !names.test(e.name)) continue
    inner.set(e.name, (inner.get(e.name) ?? 0) + (e.dur ?? 0) / 1000)
  }
  return [...inner].sort((a, b) => b[1] - a[1])
}

/**
 * Sampled self time (ms) per function ("name file:line") of process `pid`'s CPU profile, for
 * the samples whose time `at(ts)` falls in [from, to]; idle and "(program)" left out. Largest
 * first.
 */
export function sampledSelfTime(
  events: readonly TraceEvent[],
  pid: number,
  at: (ts: number) => number,
  from: number,
  to: number,
): Array<[string, number]> {
  const nodes = new Map<number, string>()
  const self = new Map<string, number>()
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid)?.args as
    { data?: { startTime?: number } } | undefined
  let ts = profile?.data?.startTime ?? 0
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid)) {
    const data = (chunk.args?.data ?? {}) as {
      cpuProfile?: {
        nodes?: Array<{
          id: number
          callFrame: { functionName: string; url: string; lineNumber: number }
        }>
        samples?: number[]
      }
      timeDeltas?: number[]
    }
    for (const node of data.cpuProfile?.nodes ?? []) {
      const f = node.callFrame
      nodes.set(
        node.id,
        `${f.functionName || '(anon)'} ${(f.url ?? '').replace(/^.*\//, '')}:${String(f.lineNumber)}`,
      )
    }
    const samples = data.cpuProfile?.samples ?? []
    const deltas = data.timeDeltas ?? []
    for (let i = 0; i < samples.length; i++) {
      const delta = deltas[i] ?? 0
      ts += delta
      if (at(ts) < from || at(ts) > to) continue
      const name = nodes.get(samples[i] ?? -1)
      if (!name || name.startsWith('(idle)') || name.startsWith('(program)')) continue
      // A sample stands for the time until the next one.
      self.set(name, (self.get(name) ?? 0) + (deltas[i + 1] ?? delta) / 1000)
    }
  }
  return [...self].sort((a, b) => b[1] - a[1])
}
