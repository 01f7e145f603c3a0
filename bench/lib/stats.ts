/** Median, min and max of repeated runs: what every timed figure reports. */
export interface Summary {
  median: number
  min: number
  max: number
  runs: number
  samples: number[]
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('No samples to summarize.')
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return {
    median,
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
    runs: sorted.length,
    samples: [...samples],
  }
}

/** Runs `once` `runs` times, one after the other (parallel runs would share the 2 cores). */
export async function repeat(runs: number, once: (run: number) => Promise<number>) {
  const samples: number[] = []
  for (let run = 0; run < runs; run++) samples.push(await once(run))
  return summarize(samples)
}
