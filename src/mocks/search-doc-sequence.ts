import { mulberry32After } from './random'
import {
  buildSearchDoc,
  customerTypeOf,
  drawSearchDoc,
  type DocDraws,
} from './search-doc-generator'
import type { SearchDoc } from './tenant-types'

/** Generated docs kept once built (most recent use): pages, overviews and look-ups. */
const RECENT_DOCS = 2000
/**
 * The draw count is kept for every this many customers, not for each: building one replays
 * the draws of at most 15 before it (microseconds), and 100,000 customers keep 50 KB of counts
 * instead of 800 KB in the page.
 */
const CHECKPOINT_EVERY = 16

/** Fields the draws alone decide: read for every customer without building a document. */
export const KEYWORD_FIELDS = ['status', 'customerType'] as const
type KeywordField = (typeof KEYWORD_FIELDS)[number]

/**
 * The generated customers' search documents, in id order, built only when asked for.
 *
 * They come from one seeded stream, so a customer's data depends on how many numbers the
 * customers before it drew. The sequence records that count every CHECKPOINT_EVERY customers
 * (replaying only the cheap draws, not building text), so any customer can be built alone:
 * the first page and `Customers(id)` need a handful of docs, not all 100,000. Same data as
 * building every doc in order.
 *
 * Memory stays small (the demo tenant lives in the page): besides the draw counts, only the
 * fixtures, the last RECENT_DOCS docs built, and one byte per customer for each keyword field
 * (status, type: the list's filters, its status options and sorts) are kept. A caller that
 * reads every document (`all()`, a text field's first index) gets them in an array the
 * garbage collector may take back once nothing holds it.
 */
export class SearchDocSequence {
  private readonly recent = new Map<number, SearchDoc>()
  /** Draws taken before generated customer `c × CHECKPOINT_EVERY`; known up to `known`. */
  private readonly checkpoints: Float64Array
  /** Generated customers whose draws were replayed, and the draws they took. */
  private known = 0
  private knownDraws = 0
  /** Per generated customer, the code of each keyword field's value (known below `known`). */
  private readonly codes: Record<KeywordField, Uint8Array>
  private readonly dictionary: Record<KeywordField, string[]>
  private complete: WeakRef<SearchDoc[]> | null = null
  /** The array `all()` will return, while a warm-up builds it a slice at a time. */
  private building: SearchDoc[] | null = null

  constructor(
    private readonly seed: number,
    private readonly fixed: readonly SearchDoc[],
    readonly size: number,
    private readonly firstId: number,
  ) {
    const generated = Math.max(0, size - fixed.length)
    this.checkpoints = new Float64Array(Math.floor(generated / CHECKPOINT_EVERY) + 1)
    this.codes = { status: new Uint8Array(generated), customerType: new Uint8Array(generated) }
    this.dictionary = { status: [], customerType: [] }
  }

  docAt(position: number): SearchDoc | undefined {
    if (!Number.isInteger(position) || position < 0 || position >= this.size) return undefined
    const fixed = this.fixed[position]
    if (fixed) return fixed
    const cached = this.recent.get(position)
    if (cached) {
      // Most recently used last: the first entry is the one to drop.
      this.recent.delete(position)
      this.recent.set(position, cached)
      return cached
    }
    const doc = this.build(position)
    this.recent.set(position, doc)
    if (this.recent.size > RECENT_DOCS) {
      const oldest = this.recent.keys().next().value
      if (oldest !== undefined) this.recent.delete(oldest)
    }
    return doc
  }

  /** A keyword field's value at a position, from the draws alone. */
  keywordAt(field: KeywordField, position: number): string | undefined {
    if (!Number.isInteger(position) || position < 0 || position >= this.size) return undefined
    const fixed = this.fixed[position]
    if (fixed) return fixed[field]
    const g = position - this.fixed.length
    this.drawUpTo(g + 1)
    return this.dictionary[field][this.codes[field][g] ?? 0]
  }

  /** Every doc, in id order (built anew if the last such array was collected). */
  all(): readonly SearchDoc[] {
    const built = this.complete?.deref()
    if (built) return built
    this.buildAhead(this.size)
    return this.complete?.deref() ?? []
  }

  /**
   * Builds up to `count` more docs of the array `all()` returns, in id order (a warm-up's
   * slice); false once it is complete.
   */
  buildAhead(count: number): boolean {
    if (this.complete?.deref()) return false
    const building = (this.building ??= [])
    const end = Math.min(this.size, building.length + count)
    for (let p = building.length; p < end; p++) {
      building.push(this.fixed[p] ?? this.recent.get(p) ?? this.build(p))
    }
    if (building.length < this.size) return true
    this.complete = new WeakRef(building)
    this.building = null
    return false
  }

  private build(position: number): SearchDoc {
    const g = position - this.fixed.length
    this.drawUpTo(g)
    const checkpoint = Math.floor(g / CHECKPOINT_EVERY)
    const stream = mulberry32After(this.seed, this.checkpoints[checkpoint] ?? 0)
    // The customers between the checkpoint and this one: their draws only move the stream on.
    for (let skipped = checkpoint * CHECKPOINT_EVERY; skipped < g; skipped++) drawSearchDoc(stream)
    return buildSearchDoc(drawSearchDoc(stream), this.firstId + position)
  }

  /** Replays the draws (no text) until the draws before generated customer `g` are counted. */
  private drawUpTo(g: number): void {
    if (g <= this.known) return
    let drawn = this.knownDraws
    const stream = mulberry32After(this.seed, drawn)
    const counting = () => {
      drawn++
      return stream()
    }
    while (this.known < g) {
      const draws = drawSearchDoc(counting)
      this.record(this.known, draws)
      this.known++
      if (this.known % CHECKPOINT_EVERY === 0)
        this.checkpoints[this.known / CHECKPOINT_EVERY] = drawn
    }
    this.knownDraws = drawn
  }

  private record(g: number, draws: DocDraws): void {
    const id = this.firstId + this.fixed.length + g
    this.codes.status[g] = this.codeOf('status', draws.status)
    this.codes.customerType[g] = this.codeOf('customerType', customerTypeOf(draws, id))
  }

  private codeOf(field: KeywordField, value: string): number {
    const values = this.dictionary[field]
    let code = values.indexOf(value)
    if (code < 0) code = values.push(value) - 1
    return code
  }
}
