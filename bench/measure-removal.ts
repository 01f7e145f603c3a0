import 'fake-indexeddb/auto'
import { ImportJournal } from '../src/features/customer-import/engine/run/import-journal.ts'
import { RemovalRun } from '../src/features/customer-import/engine/removal-run.ts'
import { systemClock } from '../src/features/customer-import/engine/removal-tenant-port.ts'
import type { TenantLookup } from '../src/features/customer-import/engine/validate/tenant-lookup.ts'
import { formatSummary, type Figure } from './lib/figure.ts'
import type { FakeTenant } from './lib/fake-tenant.ts'
import { nodeTenantPort } from './lib/node-tenant-port.ts'
import { summarize } from './lib/stats.ts'

const LIMIT = 0.9

/** Ids that exist and have no loans (LoanPro refuses to delete those), `take` per run. */
function removableIds(ids: Uint32Array, lookup: TenantLookup, take: number, runs: number) {
  const free: number[] = []
  ids.forEach((id, i) => {
    if (lookup.exists[i] === 1 && lookup.loansCount[i] === 0) free.push(id)
  })
  if (free.length < take * runs) {
    throw new Error(`Only ${String(free.length)} removable customers; need ${String(take * runs)}.`)
  }
  return Array.from({ length: runs }, (_, run) =>
    Uint32Array.from(free.slice(run * take, (run + 1) * take)),
  )
}

/**
 * A RemovalRun (the app's queue, journal in fake-indexeddb) deleting `rows` customers of the
 * fake tenant over HTTP: throughput ÷ the ideal concurrency ÷ latency.
 */
export async function measureRemoval(
  tenant: FakeTenant,
  options: { ids: Uint32Array; lookup: TenantLookup; rows: number; runs: number },
  concurrency: number,
  latencyMs: number,
): Promise<Figure> {
  const plans = removableIds(options.ids, options.lookup, options.rows, options.runs)
  const ideal = concurrency / (latencyMs / 1000)
  const ratios: number[] = []
  const rates: number[] = []
  let failed = 0
  for (const [run, ids] of plans.entries()) {
    const journal = await ImportJournal.open(`bench-removal-${String(run)}`)
    const started = performance.now()
    const removal = await RemovalRun.start(
      { port: nodeTenantPort(tenant), journal, clock: systemClock, concurrency },
      { fileName: 'bench.csv', source: 'file', validationType: 'file' },
      { ids, lines: ids.map((_, i) => i + 2), names: Array.from(ids, () => '') },
    )
    const snapshot = await removal.whenSettled()
    const seconds = (performance.now() - started) / 1000
    removal.dispose()
    journal.close()
    failed += snapshot.counts.failed
    if (snapshot.status !== 'completed') throw new Error(`The run ended ${snapshot.status}.`)
    rates.push(ids.length / seconds)
    ratios.push(ids.length / seconds / ideal)
  }
  const ratio = summarize(ratios)
  return {
    id: 'removal-throughput',
    label: `Removal run of ${options.rows.toLocaleString('en-US')} rows: throughput ÷ (concurrency ${String(concurrency)} ÷ latency ${String(latencyMs)} ms)`,
    target: `≥ ${LIMIT.toFixed(1)}`,
    result: `${formatSummary(ratio, '×', 2)}; ${summarize(rates).median.toFixed(0)} rows/s of ${ideal.toFixed(0)} ideal`,
    met: ratio.median >= LIMIT,
    value: { ratio, rowsPerSecond: summarize(rates), ideal, failed },
    note: `Node, over real HTTP to the fake tenant; journal in fake-indexeddb; ${String(failed)} rows failed.`,
  }
}
