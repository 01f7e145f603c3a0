/**
 * How strict the fake is, point by point of docs/loanpro-api.md §8. Every behaviour is on by
 * default (the fake is as unkind as LoanPro); a test may switch one off only to isolate a case.
 */
export interface StrictKnobs {
  /** Collections (per object and inside `$expand`) stop at 50 unless `nopaging=true` or `$top`/`$skip`. */
  pageNestedAt50: boolean
  /** Share (0..1) of search answers cut short at a seeded point; `summary` keeps the true total. */
  shortSearchRate: number
  /** Hits that score 0 (a query made only of `filter` clauses) are dropped. */
  dropZeroScores: boolean
  /** `term`/`terms` exact and case-sensitive on keyword fields; never match multi-word text. */
  exactTerms: boolean
  /** `$start + $top` past this many hits is refused as OpenSearch refuses it (0 = no window). */
  resultWindow: number
  /** Unknown customers and bad `$expand` paths answer 409 (LoanPro's "not found"). */
  conflictForMissing: boolean
  /** Errors may come wrapped in `d` (share 0..1 of error answers). */
  errorsInDRate: number
  /** Milliseconds the search index lags a delete (the customer is still found by search). */
  indexLagMs: number
  /** CORS headers as recorded from LoanPro (no Expose-Headers, Max-Age 86400, credentials). */
  recordedCors: boolean
}

export const STRICT: StrictKnobs = {
  pageNestedAt50: true,
  shortSearchRate: 0.3,
  dropZeroScores: true,
  exactTerms: true,
  resultWindow: 10_000,
  conflictForMissing: true,
  errorsInDRate: 0.5,
  indexLagMs: 2_000,
  recordedCors: true,
}
