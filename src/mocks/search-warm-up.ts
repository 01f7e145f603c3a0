import type { TenantData } from './generator'
import { DEFAULT_TEXT_FIELDS, type SearchIndex } from './search-index'

/** About 5 ms of building on a slow machine: short enough to stay out of a person's way. */
const DOCS_PER_SLICE = 1000
/** Fields the customer list sorts by, besides id (its `$orderby`). */
const SORT_FIELDS = ['customerName', 'status', 'customerType', 'created']
/** Fields of the Name sort (last, first, company name), compared by dense rank. */
const NAME_SORT_FIELDS = ['lastName', 'firstName', 'companyName']

export interface WarmUpOptions {
  /** Also sort by the list's fields (a long step for 100,000 customers: off in a page). */
  sorts?: boolean
}

/**
 * Builds what searches read, one small step per `schedule` call: every document, then the
 * normalised text of each default search field, then (optionally) the sort orders. Each
 * step is cached by the data or the index, so a search arriving mid-way just does the rest.
 * Returns a function that stops it.
 */
export function warmUpIndex(
  data: TenantData,
  index: SearchIndex,
  schedule: (slice: () => void) => void,
  options: WarmUpOptions = {},
): () => void {
  // Each step says whether it has more to do; cached work is not done twice.
  const once = (work: () => unknown) => () => {
    work()
    return false
  }
  // The documents are kept (only) while the warm-up reads them, then left to the collector.
  const held: { docs: unknown } = { docs: null }
  const steps: Array<() => boolean> = [
    () => data.buildAhead(DOCS_PER_SLICE),
    once(() => (held.docs = data.docs)),
    ...DEFAULT_TEXT_FIELDS.map((field) => once(() => index.fieldText(field))),
    ...(options.sorts ? SORT_FIELDS : []).flatMap((field) => [
      once(() => index.sortOrder(field, false)),
      once(() => index.sortOrder(field, true)),
    ]),
    ...(options.sorts ? NAME_SORT_FIELDS : []).map((field) => once(() => index.denseRank(field))),
    once(() => (held.docs = null)),
  ]
  let next = 0
  let stopped = false
  const slice = () => {
    const step = steps[next]
    if (stopped || !step) {
      held.docs = null
      return
    }
    if (!step()) next++
    schedule(slice)
  }
  schedule(slice)
  return () => {
    stopped = true
  }
}
