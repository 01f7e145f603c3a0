import { mulberry32, type Random } from './random'
import type { SearchRules, SearchResult } from './search-engine'
import type { StrictKnobs } from './strictness'

/** The points of the strictness knobs that the search engine itself obeys. */
export function searchRules(knobs: StrictKnobs): SearchRules {
  return {
    dropZeroScores: knobs.dropZeroScores,
    exactTerms: knobs.exactTerms,
    resultWindow: knobs.resultWindow,
  }
}

/**
 * `$top` is a maximum (docs/loanpro-api.md §8): a seeded share of answers come back cut at a
 * random point (at least one row is kept), while `summary.total` stays true.
 */
export class ShortAnswers {
  private readonly rng: Random

  constructor(seed: number) {
    this.rng = mulberry32(seed ^ 0x5eed)
  }

  cut(result: SearchResult, rate: number): SearchResult {
    const n = result.results.length
    if (rate <= 0 || n < 2 || this.rng() >= rate) return result
    const kept = 1 + Math.floor(this.rng() * (n - 1))
    return { ...result, results: result.results.slice(0, kept) }
  }
}

/**
 * Customers deleted less than `lagMs` ago: the search index has not caught up with the
 * delete yet, so search still finds them (GET Customers(id) already answers 409).
 */
export function laggingIds(
  deletedAt: ReadonlyMap<number, number>,
  lagMs: number,
  now: number,
): Set<number> {
  const lagging = new Set<number>()
  if (lagMs <= 0) return lagging
  for (const [id, at] of deletedAt) if (now - at < lagMs) lagging.add(id)
  return lagging
}
