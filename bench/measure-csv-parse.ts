import { streamCsvRows } from '../src/features/customer-import/engine/parse/csv-row-stream.ts'
import { parseRemovalCsv } from '../src/features/customer-import/engine/parse/parse-removal-csv.ts'
import { formatSummary, type Figure } from './lib/figure.ts'
import { summarize } from './lib/stats.ts'

const LIMIT = 1.5

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

/**
 * parseRemovalCsv (streaming parse + row rules) ÷ streamCsvRows alone (Papa Parse's streaming
 * parser, nothing done per row), over the same Blob in the same run, in Node.
 */
export async function measureCsvParse(text: string, rows: number, runs: number): Promise<Figure> {
  const file = new Blob([text], { type: 'text/csv' })
  const ratios: number[] = []
  const full: number[] = []
  const bare: number[] = []
  // One unmeasured pass of each, so that neither side pays for the JIT warming up.
  await streamCsvRows(file, () => undefined)
  const check = await parseRemovalCsv(file)
  if (check.dataRows !== rows) throw new Error(`Parsed ${check.dataRows} rows, expected ${rows}.`)
  for (let run = 0; run < runs; run++) {
    // Alternate the order so that garbage left by one side does not always land on the other.
    const a = run % 2 === 0
    const baseline = a ? await time(() => streamCsvRows(file, () => undefined)) : 0
    const validated = await time(() => parseRemovalCsv(file))
    const baselineB = a ? baseline : await time(() => streamCsvRows(file, () => undefined))
    bare.push(baselineB)
    full.push(validated)
    ratios.push(validated / baselineB)
  }
  const ratio = summarize(ratios)
  return {
    id: 'csv-ratio',
    label: `CSV of ${rows.toLocaleString('en-US')} rows: parse + local validation ÷ bare streaming parse (Node)`,
    target: `≤ ${LIMIT.toFixed(1)}`,
    result: `${formatSummary(ratio, '×', 2)}; ${(summarize(full).median / 1000).toFixed(2)} s vs ${(summarize(bare).median / 1000).toFixed(2)} s`,
    met: ratio.median <= LIMIT,
    value: { ratio, validatedMs: summarize(full), bareMs: summarize(bare) },
    note: `${(text.length / 1e6).toFixed(1)} MB; baseline = streamCsvRows with an empty row handler.`,
  }
}
