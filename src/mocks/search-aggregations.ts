import { scalarText } from './scalar-text'
import { resolveField, type SearchIndex } from './search-index'
import { SearchQueryError } from './query-dsl-compiler'

/** A metric's `{value}` or a `terms` aggregation's buckets, as OpenSearch answers them. */
export type AggregationResult =
  | { value: number | null }
  | {
      buckets: Array<{ key: string | number; doc_count: number }>
      sum_other_doc_count: number
      doc_count_error_upper_bound: number
    }

const METRICS = ['avg', 'sum', 'min', 'max', 'value_count'] as const

/** Answers `aggs` over the hits: metrics (avg, sum, …) and `terms` (most hits first). */
export function aggregate(
  aggs: unknown,
  matches: readonly number[],
  index: SearchIndex,
): Record<string, AggregationResult> | undefined {
  if (aggs === null || typeof aggs !== 'object') return undefined
  const out: Record<string, AggregationResult> = {}
  for (const [name, spec] of Object.entries(aggs as Record<string, unknown>)) {
    const specs = spec !== null && typeof spec === 'object' ? (spec as Record<string, unknown>) : {}
    if ('terms' in specs) {
      out[name] = termsBuckets(specs.terms, matches, index)
      continue
    }
    const metric = METRICS.find((m) => m in specs)
    if (!metric) throw new SearchQueryError(`unsupported aggregation "${name}"`)
    const config = specs[metric] as { field?: unknown } | undefined
    out[name] = { value: metricValue(metric, numbersOf(matches, index, config?.field)) }
  }
  return out
}

function numbersOf(matches: readonly number[], index: SearchIndex, field: unknown): number[] {
  const path = resolveField(scalarText(field))
  const values: number[] = []
  const read = index.valueReader(path)
  for (const p of matches) {
    const v = read(p)
    if (v !== null && v !== undefined && v !== '' && !Number.isNaN(Number(v)))
      values.push(Number(v))
  }
  return values
}

function metricValue(metric: (typeof METRICS)[number], values: number[]): number | null {
  if (metric === 'value_count') return values.length
  if (values.length === 0) return null
  const sum = values.reduce((a, b) => a + b, 0)
  if (metric === 'avg') return sum / values.length
  if (metric === 'sum') return sum
  return metric === 'min' ? Math.min(...values) : Math.max(...values)
}

/** Buckets of exact values, largest first (ties by key), `size` of them (default 10). */
function termsBuckets(config: unknown, matches: readonly number[], index: SearchIndex) {
  const spec =
    config !== null && typeof config === 'object' ? (config as Record<string, unknown>) : {}
  const path = resolveField(scalarText(spec.field))
  if (!path) throw new SearchQueryError('a terms aggregation needs a field')
  const size = spec.size === undefined ? 10 : Number(spec.size)
  const counts = new Map<string | number, number>()
  // Status and type are read without building documents (the list's status options).
  const read = index.valueReader(path)
  for (const p of matches) {
    const v = read(p)
    if (typeof v === 'string' || typeof v === 'number') counts.set(v, (counts.get(v) ?? 0) + 1)
  }
  const sorted = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])),
  )
  const kept = sorted.slice(0, Math.max(0, size))
  const other = sorted.slice(kept.length).reduce((n, [, c]) => n + c, 0)
  return {
    buckets: kept.map(([key, doc_count]) => ({ key, doc_count })),
    sum_other_doc_count: other,
    doc_count_error_upper_bound: 0,
  }
}
