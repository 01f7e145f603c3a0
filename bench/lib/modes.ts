/**
 * How big and how often. `full` is the real benchmark; `quick` is for development (fewer runs,
 * same sizes except the removal run); `smoke` only proves that every step still works.
 */
export type BenchMode = 'full' | 'quick' | 'smoke'

export interface BenchSettings {
  mode: BenchMode
  /** Customers of the demo tenant in the browser (first-row figure). */
  demoSize: number
  /** Customers of the standalone fake tenant. */
  fakeCount: number
  fakeLatencyMs: number
  csvRows: number
  lookupIds: number
  removalRows: number
  removalConcurrency: number
  runs: {
    browser: number
    /** The app ÷ floor step: its ratios spread widely from run to run on a small machine. */
    floor: number
    /** Loads whose search answer is held back until the page has drawn (rendering alone). */
    settled: number
    csv: number
    lookups: number
    removal: number
    longTask: number
  }
}

export function settingsFor(mode: BenchMode): BenchSettings {
  const base = {
    demoSize: 100_000,
    fakeCount: 100_000,
    fakeLatencyMs: 50,
    csvRows: 1_000_000,
    lookupIds: 100_000,
    removalRows: 10_000,
    removalConcurrency: 8,
  }
  if (mode === 'full') {
    return {
      mode,
      ...base,
      // Look-ups: the count is deterministic and the fake needs ~0.5 s per 1,000-id look-up.
      runs: { browser: 5, floor: 11, settled: 7, csv: 3, lookups: 1, removal: 2, longTask: 3 },
    }
  }
  if (mode === 'quick') {
    return {
      mode,
      ...base,
      removalRows: 2_000,
      runs: { browser: 2, floor: 3, settled: 2, csv: 1, lookups: 1, removal: 1, longTask: 1 },
    }
  }
  return {
    mode,
    demoSize: 2_000,
    fakeCount: 5_000,
    fakeLatencyMs: 10,
    csvRows: 20_000,
    lookupIds: 5_000,
    removalRows: 200,
    removalConcurrency: 8,
    runs: { browser: 1, floor: 1, settled: 1, csv: 1, lookups: 1, removal: 1, longTask: 1 },
  }
}

export function parseMode(argv: readonly string[]): BenchMode {
  if (argv.includes('--smoke')) return 'smoke'
  if (argv.includes('--quick')) return 'quick'
  return 'full'
}
