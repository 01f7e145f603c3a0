/**
 * Where "row → overview content" goes: a built app through the production server's proxy (or
 * its demo, or the floor) loads the list, then a traced click on the first row's link.
 *   node --import tsx bench/trace-overview.ts --dist=/tmp/dist [--side=proxy|demo|floor]
 *     [--rate=1] [--runs=3] [--out=trace.json] [--fonts]
 * Per run: click → overview painted (the side-by-side probe's figure). For the last run:
 * requests after the click (sent, finished), every main-thread task over 1 ms up to the paint
 * with what it holds, and the functions with the most sampled self time in that window.
 * `--fonts`: also the fonts and SVG image documents set up during the traced click (see
 * trace-first-row.ts).
 */
import { writeFile } from 'node:fs/promises'
import { freshContext } from './lib/browser.ts'
import { APP_SIDE, FLOOR_SIDE, watchProbeMarks, sideBySideProbe } from './lib/side-by-side-probe.ts'
import {
  fontSetUps,
  innerTimes,
  sampledSelfTime,
  startTraceTarget,
  traceCategories,
  type TraceEvent,
} from './lib/trace-target.ts'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const dist = option('dist', '')
const side = option('side', 'proxy')
const rate = Number(option('rate', '1'))
const runs = Number(option('runs', '3'))
const out = option('out', '')
const fonts = args.includes('--fonts')

async function main() {
  const target = await startTraceTarget(side, dist)
  const { browser, url } = target
  const clickRow =
    side === 'floor'
      ? 'table tbody tr'
      : 'table[aria-label="Customers"] tbody tr a[href^="/customers/"]'
  try {
    // A warm-up load (cold servers and browser pay once), then the measured ones.
    for (let run = 0; run <= runs; run++) {
      const traced = run === runs
      const context = await freshContext(browser)
      await context.addInitScript(sideBySideProbe(side === 'floor' ? FLOOR_SIDE : APP_SIDE))
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate })
      const painted = watchProbeMarks(page)
      await page.goto(url)
      await painted('Rows')
      await page.waitForTimeout(300 * rate)
      if (traced)
        await browser.startTracing(page, { screenshots: false, categories: traceCategories(fonts) })
      await page.evaluate('window.__bArmClick()')
      await page.locator(clickRow).first().click()
      const detail = await painted('Detail')
      await page.waitForTimeout(100)
      const buffer = traced ? await browser.stopTracing() : null
      const clickAt = Number(await page.evaluate('window.__bClickAt'))
      const dom = Number(await page.evaluate('window.__bDetailDom'))
      console.log(
        `run ${String(run)}${run === 0 ? ' (warm-up)' : ''}: click → overview ${(detail - clickAt).toFixed(1)} ms (DOM ${(dom - clickAt).toFixed(1)})`,
      )
      await context.close()
      if (!buffer) continue
      if (out) await writeFile(out, buffer)
      summarise(JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }, clickAt, detail)
    }
  } finally {
    await target.stop()
  }
}

const INNER =
  /^(EvaluateScript|v8.compile|v8.compileModule|FunctionCall|UpdateLayoutTree|Layout|Paint|PrePaint|ParseAuthorStyleSheet|TimerFire|FireAnimationFrame|EventDispatch|v8.evaluateModule|MajorGC|MinorGC|Commit|HitTest|RunMicrotasks|v8.run|Layerize|ScheduleStyleRecalculation)$/

function summarise(trace: { traceEvents: TraceEvent[] }, clickAt: number, detailAt: number) {
  const events = trace.traceEvents
  // The click's EventDispatch anchors performance.now() to trace time.
  const click = events.find(
    (e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string })?.type === 'click',
  )
  if (!click) throw new Error('No click in the trace.')
  const main = events.filter((e) => e.pid === click.pid && e.tid === click.tid && e.ph === 'X')
  const t0 = click.ts
  const at = (ts: number) => (ts - t0) / 1000
  const end = detailAt - clickAt
  console.log(`click at ${clickAt.toFixed(0)} ms; painted +${end.toFixed(1)} ms after it`)
  const fontLine = fontSetUps(main.filter((e) => at(e.ts) > -50 && at(e.ts) < end))
  if (fontLine) console.log(`  ${fontLine}`)
  const ids = new Map<string, string>()
  for (const e of events.filter((e) => e.name === 'ResourceSendRequest')) {
    const data = (e.args?.data ?? {}) as { url?: string; requestId?: string }
    const name = String(data.url)
      .replace(/^https?:\/\/[^/]+/, '')
      .slice(0, 90)
    ids.set(String(data.requestId), name)
    if (at(e.ts) > -500) console.log(`  request +${at(e.ts).toFixed(1)} ms ${name}`)
  }
  for (const e of events.filter((e) => e.name === 'ResourceFinish')) {
    const data = (e.args?.data ?? {}) as { requestId?: string; finishTime?: number }
    const name = ids.get(String(data.requestId))
    if (data.finishTime && name)
      console.log(`  finish +${(data.finishTime * 1000 - t0 / 1000).toFixed(1)} ms ${name}`)
  }
  for (const task of main.filter(
    (e) => e.name === 'RunTask' && (e.dur ?? 0) > 1000 && at(e.ts) > -50 && at(e.ts) < end + 5,
  )) {
    const parts = innerTimes(main, task, INNER).slice(0, 7)
    console.log(
      `task +${at(task.ts).toFixed(1)} ms ${((task.dur ?? 0) / 1000).toFixed(1)} ms: ` +
        parts.map(([n, d]) => `${n} ${d.toFixed(1)}`).join(', '),
    )
  }
  console.log('self time (sampled, click → painted):')
  for (const [name, ms] of sampledSelfTime(events, click.pid, at, 0, end).slice(0, 25))
    console.log(`  ${ms.toFixed(1).padStart(6)} ms  ${name}`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
