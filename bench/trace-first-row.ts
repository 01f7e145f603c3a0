/**
 * Where the first rows' time goes: one cold load of a built app through the production
 * server's proxy (or its demo) with a Chromium trace, summarised per main-thread task.
 *   node --import tsx bench/trace-first-row.ts --dist=/tmp/dist [--side=demo] [--rate=1]
 *     [--out=trace.json] [--latency=ms] [--after=ms] [--fonts]
 * Prints the renderer main thread's tasks over 3 ms (start, duration, what they hold) up to
 * 25 rows painted, and the functions with the most self time (sampled) in that window, or from
 * `--after` on. `--latency` delays the fake tenant's answers (e.g. to trace rows rendered after
 * the page has settled). `--fonts` also traces the fonts the page sets up and the SVG image
 * documents it makes, and counts them (it slows the traced load a little).
 */
import type { CDPSession } from '@playwright/test'
import { readFile, writeFile } from 'node:fs/promises'
import { freshContext } from './lib/browser.ts'
import { APP_SIDE, FLOOR_SIDE, sideBySideProbe, watchProbeMarks } from './lib/side-by-side-probe.ts'
import {
  fontSetUps,
  innerTimes,
  sampledSelfTime,
  startTraceTarget,
  traceCategories,
  type TraceEvent,
} from './lib/trace-target.ts'

const INNER =
  /^(EvaluateScript|v8.compile|v8.compileModule|FunctionCall|UpdateLayoutTree|Layout|Paint|PrePaint|ParseHTML|ParseAuthorStyleSheet|TimerFire|FireAnimationFrame|EventDispatch|v8.evaluateModule|MajorGC|MinorGC|V8.GC_SCAVENGER|Commit|HitTest|RunMicrotasks|XHRReadyStateChange|ResourceReceivedData|v8.run)$/

const args = process.argv.slice(2)
const option = (name: string, fallback: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const dist = option('dist', '')
const side = option('side', 'proxy')
const rate = Number(option('rate', '1'))
const out = option('out', '')
const heap = args.includes('--heap')
const fonts = args.includes('--fonts')

async function main() {
  const from = option('from', '')
  if (from) {
    // Re-read a saved trace: `--rows=` is when the 25 rows were painted in it.
    const rowsAt = Number(option('rows', '100000'))
    const trace = JSON.parse(await readFile(from, 'utf8')) as { traceEvents: TraceEvent[] }
    summarise(trace, rowsAt, rowsAt)
    return
  }
  const target = await startTraceTarget(side, dist, Number(option('latency', '0')))
  const { browser, url } = target
  try {
    // A warm-up load (cold servers and browser pay once), then the traced one.
    for (const traced of [false, true]) {
      const context = await freshContext(browser)
      await context.addInitScript(sideBySideProbe(side === 'floor' ? FLOOR_SIDE : APP_SIDE))
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate })
      if (traced)
        await browser.startTracing(page, { screenshots: false, categories: traceCategories(fonts) })
      const painted = watchProbeMarks(page)
      await page.goto(url)
      const rows = await painted('Rows')
      const buffer = traced ? await browser.stopTracing() : null
      const first = await painted('FirstRow')
      if (traced && heap) {
        await page.waitForTimeout(300 * rate)
        await heapSummary(cdp)
      }
      await context.close()
      if (!buffer) continue
      if (out) await writeFile(out, buffer)
      summarise(JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }, rows, first)
    }
  } finally {
    await target.stop()
  }
}

/** Self size per constructor (heap snapshot after GC): what the list page keeps. */
async function heapSummary(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage')
  const chunks: string[] = []
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk))
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
    nodes: number[]
    strings: string[]
  }
  const fields = snap.snapshot.meta.node_fields
  const width = fields.length
  const typeAt = fields.indexOf('type')
  const nameAt = fields.indexOf('name')
  const sizeAt = fields.indexOf('self_size')
  const types = snap.snapshot.meta.node_types[0]
  const bySize = new Map<string, { size: number; count: number }>()
  let total = 0
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt] ?? 0] ?? '?'
    const rawName = snap.strings[snap.nodes[i + nameAt] ?? 0] ?? ''
    const name =
      type === 'object' || type === 'closure' || type === 'native' ? rawName.slice(0, 60) : ''
    const key = `${type} ${name}`
    const size = snap.nodes[i + sizeAt] ?? 0
    total += size
    const entry = bySize.get(key) ?? { size: 0, count: 0 }
    entry.size += size
    entry.count += 1
    bySize.set(key, entry)
  }
  console.log(`heap snapshot: ${(total / 2 ** 20).toFixed(2)} MB self size`)
  for (const [key, v] of [...bySize].sort((a, b) => b[1].size - a[1].size).slice(0, 40)) {
    console.log(
      `  ${(v.size / 1024).toFixed(0).padStart(6)} KB ${String(v.count).padStart(6)}× ${key}`,
    )
  }
}

function summarise(trace: { traceEvents: TraceEvent[] }, rowsAt: number, firstAt: number) {
  const events = trace.traceEvents
  // The navigation to the page itself (not the blank page the context opens with).
  const start = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      String(
        (e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL,
      ).includes('/customers'),
  )
  const mainThread = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === start?.pid,
  )
  if (!mainThread || !start) throw new Error('No renderer main thread in the trace.')
  const t0 = start.ts
  const at = (ts: number) => (ts - t0) / 1000
  const main = events.filter(
    (e) => e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph === 'X',
  )
  console.log(`first row ${firstAt.toFixed(0)} ms, 25 rows ${rowsAt.toFixed(0)} ms`)
  const fontLine = fontSetUps(main)
  if (fontLine) console.log(`  ${fontLine}`)
  for (const e of events.filter(
    (e) => e.name === 'ResourceSendRequest' && e.pid === mainThread.pid,
  )) {
    const data = (e.args?.data ?? {}) as { url?: string }
    console.log(
      `  request ${at(e.ts).toFixed(0)} ms ${String(data.url)
        .replace(/^https?:\/\/[^/]+/, '')
        .slice(0, 90)}`,
    )
  }
  for (const e of events.filter((e) => e.name === 'ResourceFinish' && e.pid === mainThread.pid)) {
    const data = (e.args?.data ?? {}) as { requestId?: string; finishTime?: number }
    if (data.finishTime)
      console.log(
        `  finish ${(data.finishTime * 1000 - t0 / 1000).toFixed(0)} ms ${String(data.requestId)}`,
      )
  }
  const tasks = main.filter(
    (e) => e.name === 'RunTask' && (e.dur ?? 0) > 3000 && at(e.ts) < rowsAt + 5,
  )
  for (const task of tasks) {
    const parts = innerTimes(main, task, INNER).slice(0, 6)
    console.log(
      `task ${at(task.ts).toFixed(0)} ms +${((task.dur ?? 0) / 1000).toFixed(1)}: ` +
        parts.map(([n, d]) => `${n} ${d.toFixed(1)}`).join(', '),
    )
  }
  // Sampled self time per function from navigation start to the rows.
  const after = Number(option('after', '0'))
  const top = sampledSelfTime(events, mainThread.pid, at, after, rowsAt).slice(0, 25)
  console.log(`self time (sampled, ${String(after)} ms to 25 rows):`)
  for (const [key, ms] of top) console.log(`  ${ms.toFixed(1).padStart(6)} ms  ${key}`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
