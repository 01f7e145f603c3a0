import { mulberry32After } from './random'
import { buildSearchDoc, drawSearchDoc } from './search-doc-generator'
import type { SearchDoc } from './tenant-types'

/**
 * The generated customers' search documents, in id order, built only when asked for.
 *
 * They come from one seeded stream, so a customer's data depends on how many numbers the
 * customers before it drew. The sequence records that count per customer (replaying only
 * the cheap draws, not building text), so any customer can be built alone: the first page
 * and `Customers(id)` need a handful of docs, not all 100,000. Same data as building every
 * doc in order.
 */
export class SearchDocSequence {
  private readonly docs: Array<SearchDoc | undefined>
  /** Draws taken before each generated customer; known up to `known` (inclusive). */
  private readonly offsets: Float64Array
  private known = 0
  /** Positions below this one are all built. */
  private builtBelow = 0
  private complete: SearchDoc[] | null = null

  constructor(
    private readonly seed: number,
    private readonly fixed: readonly SearchDoc[],
    readonly size: number,
    private readonly firstId: number,
  ) {
    this.docs = new Array<SearchDoc | undefined>(size).fill(undefined)
    fixed.forEach((doc, p) => (this.docs[p] = doc))
    this.offsets = new Float64Array(Math.max(0, size - fixed.length) + 1)
  }

  docAt(position: number): SearchDoc | undefined {
    if (!Number.isInteger(position) || position < 0 || position >= this.size) return undefined
    return this.docs[position] ?? this.build(position)
  }

  /** Every doc, building those not built yet. */
  all(): readonly SearchDoc[] {
    if (!this.complete) {
      this.buildAhead(this.size)
      const all: SearchDoc[] = []
      for (let p = 0; p < this.size; p++) {
        const doc = this.docAt(p)
        if (doc) all.push(doc)
      }
      this.complete = all
    }
    return this.complete
  }

  /** Builds up to `count` more docs in id order, ahead of need; false once all are built. */
  buildAhead(count: number): boolean {
    const end = Math.min(this.size, this.builtBelow + count)
    for (; this.builtBelow < end; this.builtBelow++) this.docAt(this.builtBelow)
    return this.builtBelow < this.size
  }

  private build(position: number): SearchDoc {
    const g = position - this.fixed.length
    this.drawUpTo(g)
    let drawn = this.offsets[g] ?? 0
    const stream = mulberry32After(this.seed, drawn)
    const draws = drawSearchDoc(() => {
      drawn++
      return stream()
    })
    if (g === this.known) this.offsets[++this.known] = drawn
    const doc = buildSearchDoc(draws, this.firstId + position)
    this.docs[position] = doc
    return doc
  }

  /** Replays the draws (no text) until the draw count before generated customer `g` is known. */
  private drawUpTo(g: number): void {
    if (g <= this.known) return
    let drawn = this.offsets[this.known] ?? 0
    const stream = mulberry32After(this.seed, drawn)
    const counting = () => {
      drawn++
      return stream()
    }
    while (this.known < g) {
      drawSearchDoc(counting)
      this.offsets[++this.known] = drawn
    }
  }
}
